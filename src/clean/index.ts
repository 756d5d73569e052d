export {cleanRuns} from "./cleanRuns";
export {coerce, type Coerced, type CoercionKind} from "./coerce";
export {columnName} from "./columnName";
export {finishRuns, type Runs} from "./finishRuns";
export {RUN_DTYPES, runFrame} from "./runFrame";
export {RunNotes} from "./runNotes";
export {RunRows} from "./runRows";

export {cleanRuns, type Runs} from "./cleanRuns";
export {coerce, type Coerced, type CoercionKind} from "./coerce";
export {columnName} from "./columnName";

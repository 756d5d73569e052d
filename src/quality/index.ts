export {experimentGaps} from "./experimentGaps";
export {findingsFrame, type Finding} from "./finding";
export {identicalAverages} from "./identicalAverages";
export {identicalRunLists} from "./identicalRunLists";
export {impossibleValues} from "./impossibleValues";
export {missingValues} from "./missingValues";
export {prefixMismatch} from "./prefixMismatch";
export {qualityChecks} from "./qualityChecks";

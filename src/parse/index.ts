export {ResultsError, type Place} from "./error";
export {naturalCompare} from "./naturalCompare";
export {parseExperiments, parseRunList, parseSections, repeated, type ParsedResults, type RunRecord, type Section} from "./parseExperiments";
export {invalidUtf8Line} from "./invalidUtf8Line";
export {keyUnit, type KeyUnit} from "./keyUnit";
export {quoted} from "./quoted";

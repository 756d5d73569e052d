export {ResultsError, type Place} from "./error";
export {naturalCompare} from "./naturalCompare";
export {parseExperiments, parseRunList, repeated, type ParsedResults, type RunRecord, type Section} from "./parseExperiments";
export {readExperiments, readText} from "./readExperiments";
export {readResults} from "./readResults";

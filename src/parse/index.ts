export {ResultsError, type Place} from "./error";
export {naturalCompare} from "./naturalCompare";
export {parseExperiments, parseRunList, parseSections, repeated, type ParsedResults, type RunRecord, type Section} from "./parseExperiments";
export {readExperiments, readText} from "./readExperiments";
export {readResults} from "./readResults";
export {isFolder, resultFiles, type ResultFile} from "./resultFiles";
export {cannotRead, decode} from "./readExperiments";
export {invalidUtf8Line} from "./invalidUtf8Line";

export {ResultsError, type Place} from "./error";
export {parseExperiments, type Section, type ParsedResults, type RunRecord} from "./parseExperiments";
export {readExperiments} from "./readExperiments";

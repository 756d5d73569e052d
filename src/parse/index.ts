export {ResultsError, type Place} from "./error";
export {parseExperiments, type Experiment, type ParsedResults, type RunRecord} from "./parseExperiments";
export {readExperiments} from "./readExperiments";

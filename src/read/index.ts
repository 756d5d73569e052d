export {isFolder, resultFiles, type ResultFile} from "./resultFiles";
export {readExperiments, readText, decode} from "./readExperiments";
export {cannotRead} from "./cannotRead";
export {folderNames} from "./folderNames";
export {readResults} from "./readResults";
export {readRuns, type RunsRead} from "./readRuns";
export {readRunsFile, type FileRuns, type ReadOptions, type Source} from "./readRunsFile";
export {kind, openResults} from "./openResults";

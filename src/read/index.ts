export {readBlocks, type BlockOptions, type TakeLines} from "./readBlocks";
export {readRuns, type RunsRead} from "./readRuns";
export {readRunsFile, type Source} from "./readRunsFile";

export {readBlocks, type BlockOptions, type TakeBlock} from "./readBlocks";
export {readRuns, type RunsRead} from "./readRuns";
export {readRunsFile, type ReadOptions, type Source} from "./readRunsFile";

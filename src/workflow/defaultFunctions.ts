import type {WorkflowFunctions} from "./types";

/** Function names used when none are given. */
export const defaultFunctions: WorkflowFunctions = {initFunction: "bench-init", workerFunction: "bench-worker"};

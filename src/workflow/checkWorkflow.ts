import {contextPathProblems} from "./contextPathProblems";
import {defaultFunctions} from "./defaultFunctions";
import {itemsPathProblems} from "./itemsPathProblems";
import {traceWorkflow} from "./traceWorkflow";
import type {Definition, Job, WorkflowFunctions, WorkflowProblem} from "./types";
import {validateDefinition} from "./validateDefinition";
import {workerPayloadProblems} from "./workerPayloadProblems";

/**
 * All offline checks of a definition: asl-validator, then the project's semantic checks — context
 * paths outside an ItemSelector, and (on a run whose init returns `initOutput` and whose worker only
 * records its payload) an ItemsPath that selects no array and a worker payload that is not one job.
 * An empty list means the definition passed.
 */
export async function checkWorkflow(definition: Definition, initOutput: readonly Job[], functions: Partial<WorkflowFunctions> = {}): Promise<WorkflowProblem[]> {
  const {initFunction, workerFunction} = {...defaultFunctions, ...functions};
  const problems = [...validateDefinition(definition), ...contextPathProblems(definition)];
  // The runner refuses what asl-validator refuses; there is nothing to trace then.
  if (problems.some((p) => p.check === "asl-validator")) return problems;
  const sample = initOutput.map((job) => ({...job}));
  const trace = await traceWorkflow(definition, {}, {[initFunction]: () => sample, [workerFunction]: () => null});
  return [...problems, ...itemsPathProblems(definition, trace), ...workerPayloadProblems(definition, trace, {workerFunction, jobs: sample.length})];
}

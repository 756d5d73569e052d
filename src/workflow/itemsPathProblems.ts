import {describeFailure} from "./describeFailure";
import {eachState} from "./eachState";
import {queryPath} from "./queryPath";
import {describeShape} from "./describeShape";
import type {WorkflowTrace} from "./traceWorkflow";
import type {Definition, WorkflowProblem} from "./types";

/**
 * Finds Map states whose ItemsPath (after InputPath) does not select an array in the input the
 * Map got when the workflow ran on a sample init output, and Map states that input never reached.
 */
export function itemsPathProblems(definition: Definition, trace: WorkflowTrace): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  for (const {name, state} of eachState(definition)) {
    if (state.Type !== "Map") continue;
    if (!(name in trace.mapInputs)) {
      const value = trace.failure ? `${describeFailure(trace.failure)}` : undefined;
      problems.push({check: "items-path", place: name, problem: "not reached with the sample init output", value});
      continue;
    }
    let input = trace.mapInputs[name];
    if (state.InputPath === null) input = {};
    else if (typeof state.InputPath === "string") input = queryPath(state.InputPath, input) ?? null;
    const path = typeof state.ItemsPath === "string" ? state.ItemsPath : "$";
    // Context paths select from the execution's context, not from the sample.
    if (path.startsWith("$$")) continue;
    const items = queryPath(path, input);
    if (!Array.isArray(items)) {
      problems.push({check: "items-path", place: `${name}, ItemsPath`, problem: "not an array in the sample init output", value: `${path} selects ${describeShape(items)}`});
    }
  }
  return problems;
}

import {describeFailure} from "./describeFailure";
import {eachState, isObject} from "./eachState";
import {functionName} from "./functionName";
import {describeShape} from "./describeShape";
import type {WorkflowTrace} from "./traceWorkflow";
import {jobFields, type Definition, type Json, type JsonObject, type WorkflowProblem} from "./types";

/**
 * Finds worker Tasks (in a Map, invoking `workerFunction`) whose Lambda, on a sample run, got no
 * payload, a payload that is not one job object with every job field, or not one payload per job.
 */
export function workerPayloadProblems(definition: Definition, trace: WorkflowTrace, {workerFunction, jobs}: {workerFunction: string; jobs: number}): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const workers = [...eachState(definition)].filter(({state, map}) => map !== undefined && invokes(state, workerFunction));
  if (workers.length === 0) {
    problems.push({check: "worker-payload", place: "definition", problem: "no Task in a Map invokes the worker", value: workerFunction});
  }
  for (const {name} of workers) {
    const payloads = trace.payloads[name] ?? [];
    if (payloads.length === 0) {
      const value = trace.failure ? describeFailure(trace.failure) : undefined;
      problems.push({check: "worker-payload", place: name, problem: "no payload reached the worker", value});
      continue;
    }
    const bad = payloads.find((payload) => !isJob(payload));
    if (bad !== undefined) {
      const missing = isObject(bad) ? jobFields.filter((field) => !(field in bad)) : [];
      const problem = isObject(bad) ? `job fields missing (${missing.join(", ")})` : "not a single job object";
      problems.push({check: "worker-payload", place: `${name}, Payload`, problem, value: describeShape(bad)});
    } else if (payloads.length !== jobs) {
      problems.push({check: "worker-payload", place: name, problem: `ran ${payloads.length} times for ${jobs} jobs`});
    }
  }
  return problems;
}

function isJob(payload: Json): boolean {
  return isObject(payload) && jobFields.every((field) => field in payload);
}

function invokes(state: JsonObject, name: string): boolean {
  if (state.Type !== "Task") return false;
  const target = isObject(state.Parameters) && typeof state.Parameters.FunctionName === "string" ? state.Parameters.FunctionName : String(state.Resource);
  return functionName(target) === name;
}

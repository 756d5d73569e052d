import {defaultFunctions} from "./defaultFunctions";
import {mockLambdas, type StoredRun} from "./mockLambdas";
import {describeShape} from "./describeShape";
import {traceWorkflow, type RunFailure} from "./traceWorkflow";
import type {Definition, Job, WorkflowProblem, WorkflowFunctions} from "./types";
import {validateDefinition} from "./validateDefinition";

/** How a replay ended: rejected before running, failed in a state, or succeeded. */
export type ReplayOutcome =
  | {status: "rejected"; problems: WorkflowProblem[]}
  | {status: "failed"; failure: RunFailure; received?: string}
  | {status: "succeeded"; jobs: number; runs: StoredRun[]; missing: string[]};

/**
 * Replays a batch locally, as Step Functions would run it: the definition must pass asl-validator
 * (the save-time check), then runs in aws-local-stepfunctions against the mocked init and worker
 * Lambdas for every job. A failed replay tells what the failing Lambda received.
 */
export async function replayWorkflow(definition: Definition, jobs: readonly Job[], functions: Partial<WorkflowFunctions> = {}): Promise<ReplayOutcome> {
  const problems = validateDefinition(definition);
  if (problems.length) return {status: "rejected", problems};
  const {initFunction, workerFunction} = {...defaultFunctions, ...functions};
  const store = new Map<string, StoredRun>();
  const {init, worker} = mockLambdas(jobs, store);
  const trace = await traceWorkflow(definition, {}, {[initFunction]: init, [workerFunction]: worker});
  if (trace.failure) {
    const received = trace.payloads[trace.failure.state]?.[trace.failure.index ?? 0];
    return {status: "failed", failure: trace.failure, received: received === undefined ? undefined : describeShape(received)};
  }
  const runs = jobs.map((job) => store.get(job.result_path)).filter((run): run is StoredRun => run !== undefined);
  const missing = jobs.filter((job) => !store.has(job.result_path)).map((job) => job.result_path);
  return {status: "succeeded", jobs: jobs.length, runs, missing};
}

import {isObject} from "./eachState";
import {LambdaError} from "./lambdaError";
import {jobFields, type Job, type Json, type JsonObject, type MockLambda} from "./types";

/** A run record as the worker stores it at its result path: the run's identity, no measurements. */
export type StoredRun = JsonObject;

/**
 * The batch's two Lambdas, mocked: init returns the job list as a bare array, whatever its event;
 * the worker reads its job the way the Python worker does (`event["bucket"]` first, so a payload
 * that is not a job raises KeyError or TypeError) and stores a run record under `result_path`.
 */
export function mockLambdas(jobs: readonly Job[], store: Map<string, StoredRun> = new Map()): {init: MockLambda; worker: MockLambda} {
  return {
    init: () => jobs.map((job) => ({...job})),
    worker: (event) => {
      const job: JsonObject = {};
      for (const field of ["bucket", ...jobFields.filter((f) => f !== "bucket")]) job[field] = subscript(event, field);
      const {job_id, data_path, batch_size, num_batches, result_path} = job;
      store.set(String(result_path), {batch_size, data_path, device: "cpu", num_batches, result_path});
      return {job_id, result_path};
    },
  };
}

// Python's event[key], with its errors.
function subscript(event: Json, key: string): Json {
  if (isObject(event)) {
    if (key in event) return event[key];
    throw new LambdaError("KeyError", `'${key}'`);
  }
  if (Array.isArray(event)) throw new LambdaError("TypeError", "list indices must be integers or slices, not str");
  if (typeof event === "string") throw new LambdaError("TypeError", "string indices must be integers, not 'str'");
  const type = event === null ? "NoneType" : typeof event === "boolean" ? "bool" : Number.isInteger(event) ? "int" : "float";
  throw new LambdaError("TypeError", `'${type}' object is not subscriptable`);
}

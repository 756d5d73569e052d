/** A JSON value, as Step Functions passes between states. */
export type Json = null | boolean | number | string | Json[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json;
}

/** An Amazon States Language definition; kept loose so that broken definitions can be checked too. */
export type Definition = JsonObject;

/** One benchmark run for a worker Lambda to do; the fields the worker reads. */
export interface Job {
  job_id: string;
  bucket: string;
  data_path: string;
  batch_size: number;
  num_batches: number;
  result_path: string;
}

/** The fields of a job, in record order. */
export const jobFields = ["job_id", "bucket", "data_path", "batch_size", "num_batches", "result_path"] as const;

/** What a batch runs: every data prefix (partition) with every file limit, each repeated. */
export interface Plan {
  /** Data prefixes, the first segment of `data_path`, e.g. `25MB`. */
  prefixes: string[];
  /** Shard files an experiment draws from, cycled over its runs. */
  fileLimits: number[];
  /** Runs per experiment. */
  repetitions: number;
  bucket: string;
  batchSize: number;
  numBatches: number;
  /** Number of the first experiment; later ones follow in prefix, then file-limit order. */
  firstExperiment: number;
}

/** Names of the two Lambda functions the workflow invokes. */
export interface WorkflowFunctions {
  initFunction: string;
  workerFunction: string;
}

/** A mocked Lambda function: takes the event, returns the response or throws a LambdaError. */
export type MockLambda = (event: Json) => Json | Promise<Json>;

/** One finding of a check: where, what, and the offending value. */
export interface WorkflowProblem {
  check: "asl-validator" | "context-path" | "items-path" | "worker-payload";
  /** State name, then the field path inside it (`Worker, Parameters.Payload.$`). */
  place: string;
  problem: string;
  value?: string;
}

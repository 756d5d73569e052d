import {defaultFunctions} from "./defaultFunctions";
import type {Definition, JsonObject, WorkflowFunctions} from "./types";

/** Options of the generated workflow. */
export interface WorkflowOptions extends Partial<WorkflowFunctions> {
  /** Workers running at once; Lambda's account concurrency is the real bound. */
  maxConcurrency?: number;
}

/**
 * The batch workflow: Init returns the job list, RunJobs maps over it, Worker runs one job. Both
 * Lambdas go through `arn:aws:states:::lambda:invoke`, whose result wraps the function's response
 * in `Payload`: Init's list is put under `jobs` for ItemsPath, and each item reaches Worker as `$`.
 */
export function workflowDefinition(options: WorkflowOptions = {}): Definition {
  const {initFunction, workerFunction} = {...defaultFunctions, ...options};
  const maxConcurrency = options.maxConcurrency ?? 40;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 0) {
    throw new Error(`maxConcurrency: not a non-negative integer: ${maxConcurrency}`);
  }
  return {
    Comment: "Benchmark batch: Init lists the jobs, one Worker Lambda runs each job",
    StartAt: "Init",
    States: {
      Init: {...lambdaTask(initFunction, {ResultSelector: {"jobs.$": "$.Payload"}}), Next: "RunJobs"},
      RunJobs: {
        Type: "Map",
        ItemsPath: "$.jobs",
        MaxConcurrency: maxConcurrency,
        ItemProcessor: {
          ProcessorConfig: {Mode: "INLINE"},
          StartAt: "Worker",
          States: {
            Worker: {...lambdaTask(workerFunction, {OutputPath: "$.Payload"}), End: true},
          },
        },
        End: true,
      },
    },
  };
}

// Retries only the errors AWS documents as transient for Lambda; a worker's own error fails the batch.
function lambdaTask(functionName: string, output: JsonObject): JsonObject {
  return {
    Type: "Task",
    Resource: "arn:aws:states:::lambda:invoke",
    Parameters: {FunctionName: functionName, "Payload.$": "$"},
    ...output,
    Retry: [
      {
        ErrorEquals: [
          "Lambda.ServiceException",
          "Lambda.AWSLambdaException",
          "Lambda.SdkClientException",
          "Lambda.TooManyRequestsException",
        ],
        IntervalSeconds: 1,
        MaxAttempts: 3,
        BackoffRate: 2,
      },
    ],
  };
}

import {describeFailure} from "./describeFailure";
import {formatProblem} from "./formatProblem";
import type {ReplayOutcome} from "./replayWorkflow";

/** A replay's outcome as one stable line, for logs, tests and notebooks. */
export function formatOutcome(outcome: ReplayOutcome): string {
  switch (outcome.status) {
    case "rejected":
      return `rejected before running: ${outcome.problems.map(formatProblem).join("; ")}`;
    case "failed":
      return outcome.received === undefined
        ? `failed at ${describeFailure(outcome.failure)}`
        : `failed at ${describeFailure(outcome.failure)} (it received ${outcome.received})`;
    case "succeeded": {
      const {jobs, runs, missing} = outcome;
      const span = runs.length ? `: ${runs[0].result_path} … ${runs[runs.length - 1].result_path}` : "";
      const gaps = missing.length ? `; missing ${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ""}` : "";
      return `succeeded: ${runs.length} of ${jobs} jobs stored their run${span}${gaps}`;
    }
  }
}

import type {WorkflowProblem} from "./types";

/** A problem as one line: `place: problem: value`. */
export function formatProblem({place, problem, value}: WorkflowProblem): string {
  return value === undefined ? `${place}: ${problem}` : `${place}: ${problem}: ${value}`;
}

import type {RunFailure} from "./traceWorkflow";

/** A failure as one line: `Worker (iteration 0): KeyError: 'bucket'`. */
export function describeFailure({state, index, error, cause}: RunFailure): string {
  const where = index === undefined ? state : `${state} (iteration ${index})`;
  return cause ? `${where}: ${error}: ${cause}` : `${where}: ${error}`;
}

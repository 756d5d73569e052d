import {ResultsError} from "../parse";

/** A price file that cannot be used: `file: field: problem`. Bad input, as bad results are (exit code 1). */
export class PriceError extends ResultsError {
  constructor(problem: string, file?: string, options?: {cause?: unknown}) {
    super(problem, file === undefined ? {} : {file}, options);
    this.name = "PriceError";
  }
}

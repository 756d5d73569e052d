import {analyseFile} from "../../src/analyse";
import {ResultsError} from "../../src/parse";

/** What analyseFile gives for a kept input, in a form a reader can check by eye: runs, coercions and warnings, or the error. */
export function kept(path: string): unknown {
  try {
    const {runs, read, coercions, warnings} = analyseFile(path, {size: 1 << 20});
    return {read, kept: runs.height, coercions: coercions.toRecords().map((c) => `${c.experiment} ${c.column}: ${c.kind} ×${c.count}`), warnings};
  } catch (error) {
    if (error instanceof ResultsError) return {error: error.message};
    throw error;
  }
}

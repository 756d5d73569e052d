import {ResultsError} from "../parse";
import {UsageError} from "./args";
import {analyseOnce} from "./analyseOnce";
import {dataSignature} from "./dataSignature";
import {OutputError} from "./outputError";

/** What the analysis process answers: the lines to print, or the kind and text of its error. */
export type ChildAnswer = {lines: string[]; changed: string[]} | {error: "results" | "usage" | "output" | "changed" | "bug"; message: string} | {note: string};

/**
 * The analysis run by `--watch` in its own process, so that Ctrl-C can end it at once: one request
 * (the options and the data's signature when it was found stable) in, one answer out. The outputs
 * are not written if the data changed while it was read.
 */
export function answer(request: {data: string; out: string; rawCsv: boolean; signature: string; baseline?: string; metric?: string; alpha?: number; prices?: string}, note?: (line: string) => void): ChildAnswer {
  try {
    return analyseOnce(request, {
      note,
      beforeWrite: () => {
        if (dataSignature(request.data, request.out) !== request.signature) throw new Changed();
      },
    });
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    if (error instanceof Changed) return {error: "changed", message};
    if (error instanceof ResultsError) return {error: "results", message};
    if (error instanceof UsageError) return {error: "usage", message};
    if (error instanceof OutputError) return {error: "output", message};
    return {error: "bug", message: (error as Error)?.stack ?? message};
  }
}

class Changed extends Error {
  constructor() {
    super("the data changed while it was read");
  }
}

if (require.main === module && process.send) process.on("message", (request: Parameters<typeof answer>[0]) => process.send!(answer(request, (note) => process.send!({note}))));

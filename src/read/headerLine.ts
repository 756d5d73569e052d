import {skipBlank} from "./vouchRun";

/** The offset of the \n if the line ends at `q` (a \r before it allowed), else -1. */
export function lineEnd(b: Uint8Array, q: number): number {
  if (b[q] === CR) q++;
  return b[q] === LF ? q : -1;
}

/**
 * The offset just after the experiment name if `p` starts a header (`Experiment`, digits, then
 * spaces or tabs to the line end), else -1: the header lines the exact parser's regex finds in a
 * line without a lone \r, U+2028 or U+2029.
 */
export function headerEnd(b: Uint8Array, p: number): number {
  for (let j = 0; j < EXPERIMENT.length; j++) if (b[p + j] !== EXPERIMENT[j]) return -1;
  let q = p + EXPERIMENT.length;
  if (!(b[q] >= 48 && b[q] <= 57)) return -1;
  while (b[q] >= 48 && b[q] <= 57) q++;
  return lineEnd(b, skipBlank(b, q)) >= 0 ? q : -1;
}

/** The start of the last header line of whole lines `b[start, end)` after the first line, or `start` if there is none. */
export function lastHeaderLine(b: Buffer, start: number, end: number): number {
  for (let i = b.lastIndexOf(LF, end - 2); i >= start; i = b.lastIndexOf(LF, i - 1)) {
    if (headerEnd(b, skipBlank(b, i + 1)) >= 0) return i + 1;
  }
  return start;
}

const LF = 10, CR = 13;
const EXPERIMENT = Buffer.from("Experiment");

import type {RunKeys} from "./runKeys";
import {skipBlank, vouchRun} from "./vouchRun";

/** A stretch of a results file from a header line to the next one; the first stretch is the text before any header. */
export interface Stretch {
  /** The header's experiment; undefined for the text before the first header. */
  experiment?: string;
  /** Line of its first line in the file. */
  line: number;
  /** Offsets of its lines in the block. */
  start: number;
  end: number;
  /** Whether every line is one the fast path understands: then its runs are the vouched run lines. */
  regular: boolean;
  runs: number;
  /** In a regular stretch, the ranges (pairs of offsets) to blank out to leave only its run objects. */
  blanks: number[];
}

/**
 * Splits the whole lines of `b[start, end)` into stretches at header lines, as the exact parser
 * does, and checks each against the layout the fast path takes: blank lines, then `[`, one vouched
 * run object per line with a comma between runs, `]`. `b[end]` must be a \n.
 */
export function scanBlock(b: Buffer, start: number, end: number, line: number, keys: RunKeys): Stretch[] {
  const stretches: Stretch[] = [];
  let current: Stretch = {line, start, end, regular: true, runs: 0, blanks: []};
  let state = PREAMBLE, blanks = current.blanks;
  const close = (at: number) => {
    current.end = at;
    if (state !== PREAMBLE && state !== CLOSED) current.regular = false;
    if (!current.regular) current.blanks = [];
    stretches.push(current);
  };
  for (let i = start; i < end; line++) {
    const p = skipBlank(b, i);
    let next = lineEnd(b, p);
    const header = next < 0 ? headerEnd(b, p) : -1;
    if (header >= 0) {
      close(i);
      current = {experiment: b.toString("latin1", p, header), line, start: i, end, regular: true, runs: 0, blanks: []};
      state = HEADER, blanks = current.blanks;
      next = lineEnd(b, skipBlank(b, header));
      if (next >= 0) blanks.push(i, next);
    } else if (next < 0 && state !== IRREGULAR) {
      [state, next] = listLine(b, p, state, keys, blanks);
      if (next >= 0 && (state === RUN || state === COMMA)) current.runs++;
      else if (next >= 0) blanks.push(i, next);
    }
    if (next < 0) {
      state = IRREGULAR, current.regular = false;
      next = b.indexOf(LF, p);
    }
    i = next + 1;
  }
  close(end);
  return stretches;
}

const PREAMBLE = 0, HEADER = 1, OPEN = 2, RUN = 3, COMMA = 4, CLOSED = 5, IRREGULAR = 6;
const LF = 10, CR = 13, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, COMMA_BYTE = 44;
const EXPERIMENT = Buffer.from("Experiment");

/** A line that is not blank, in the list layout: the state after it and the offset of its \n, or -1 for the state. */
function listLine(b: Buffer, p: number, state: number, keys: RunKeys, blanks: number[]): [number, number] {
  const c = b[p];
  if (c === OPEN_BRACKET && state === HEADER) {
    const q = skipBlank(b, p + 1);
    if (b[q] === CLOSE_BRACKET) return [CLOSED, lineEnd(b, skipBlank(b, q + 1))];
    return [OPEN, lineEnd(b, q)];
  }
  if (c === CLOSE_BRACKET && (state === OPEN || state === RUN || state === COMMA)) return [CLOSED, lineEnd(b, skipBlank(b, p + 1))];
  if (c !== OPEN_BRACE || (state !== OPEN && state !== COMMA)) return [state, -1];
  const after = vouchRun(b, p, keys);
  if (after < 0) return [state, -1];
  const q = skipBlank(b, after);
  if (b[q] !== COMMA_BYTE) return [RUN, lineEnd(b, q)];
  const next = lineEnd(b, skipBlank(b, q + 1));
  if (next >= 0) blanks.push(q, q + 1);
  return [COMMA, next];
}

/** The offset of the \n if the line ends at `q` (a \r before it allowed), else -1. */
function lineEnd(b: Buffer, q: number): number {
  if (b[q] === CR) q++;
  return b[q] === LF ? q : -1;
}

/** The offset just after the experiment name if `p` starts a header (`Experiment` and digits, then the line end), else -1. */
function headerEnd(b: Buffer, p: number): number {
  for (let j = 0; j < EXPERIMENT.length; j++) if (b[p + j] !== EXPERIMENT[j]) return -1;
  let q = p + EXPERIMENT.length;
  if (!(b[q] >= 48 && b[q] <= 57)) return -1;
  while (b[q] >= 48 && b[q] <= 57) q++;
  return lineEnd(b, skipBlank(b, q)) >= 0 ? q : -1;
}

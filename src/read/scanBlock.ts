import type {CsvRows} from "./csvRows";
import {headerEnd, lineEnd} from "./headerLine";
import type {RunKeys} from "./runKeys";
import {skipBlank, SPANS, vouchRun} from "./vouchRun";

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
  /** Where its rows start in the rows the scan added to. */
  rowsFrom: number;
}

/**
 * Splits the whole lines of `b[start, end)` into stretches at header lines, as the exact parser
 * does, and checks each against the layout the fast path takes: blank lines, then `[`, one vouched
 * run object per line with a comma between runs, `]`. The runs of regular stretches are added to
 * `rows`, in order. `b[end]` must be a \n.
 */
export function scanBlock(b: Buffer, start: number, end: number, line: number, keys: RunKeys, rows: CsvRows): Stretch[] {
  const stretches: Stretch[] = [];
  keys.startBlock(b, end);
  rows.startBlock(b);
  let current: Stretch = {line, start, end, regular: true, runs: 0, rowsFrom: rows.length};
  let state = PREAMBLE, experiment: Uint8Array = NONE;
  const close = (at: number) => {
    current.end = at;
    if (state !== PREAMBLE && state !== CLOSED) current.regular = false;
    if (!current.regular) rows.length = current.rowsFrom;
    stretches.push(current);
  };
  for (let i = start; i < end; line++) {
    const p = skipBlank(b, i);
    let next = lineEnd(b, p);
    const header = next < 0 ? headerEnd(b, p) : -1;
    if (header >= 0) {
      close(i);
      current = {experiment: b.toString("latin1", p, header), line, start: i, end, regular: true, runs: 0, rowsFrom: rows.length};
      state = HEADER, experiment = b.subarray(p, header);
      next = lineEnd(b, skipBlank(b, header));
    } else if (next < 0 && state !== IRREGULAR) {
      next = listLine(b, p, state, keys);
      state = after;
      if (next >= 0 && (state === RUN || state === COMMA)) current.runs++, rows.add(experiment, b, p, next, spans);
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
const NONE = new Uint8Array(0);
const spans = new Int32Array(SPANS);
let after = PREAMBLE;
const LF = 10, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, COMMA_BYTE = 44;

/**
 * A line that is not blank, in the list layout: the offset of its \n, or -1, and the state after it
 * in `after`. A run line leaves its values' spans in `spans`.
 */
function listLine(b: Buffer, p: number, state: number, keys: RunKeys): number {
  const c = b[p];
  after = state;
  if (c === OPEN_BRACKET && state === HEADER) {
    const q = skipBlank(b, p + 1);
    if (b[q] === CLOSE_BRACKET) return (after = CLOSED), lineEnd(b, skipBlank(b, q + 1));
    return (after = OPEN), lineEnd(b, q);
  }
  if (c === CLOSE_BRACKET && (state === OPEN || state === RUN || state === COMMA)) return (after = CLOSED), lineEnd(b, skipBlank(b, p + 1));
  if (c !== OPEN_BRACE || (state !== OPEN && state !== COMMA)) return -1;
  const end = vouchRun(b, p, keys, spans);
  if (end < 0) return -1;
  const q = skipBlank(b, end);
  if (b[q] !== COMMA_BYTE) return (after = RUN), lineEnd(b, q);
  return (after = COMMA), lineEnd(b, skipBlank(b, q + 1));
}

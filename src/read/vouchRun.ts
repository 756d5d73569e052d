import {COLUMNS, stringEnd, type RunKeys} from "./runKeys";

/**
 * Checks that the run object starting at `i` (an opening brace) is one the fast path can take and
 * get what JSON.parse and the coercion rules would give: a flat object of known keys, each column
 * given at most once, its value null or of the column's kind and needing no coercion, in any
 * layout. Notes where each column's value is in `spans` (start, end and key per column; start -1
 * for missing or null) and, in `values`, each number column's value as JSON.parse gives it (NaN for
 * missing or null). Returns the offset after the closing brace, or -1. The bytes must end in one
 * that no JSON token or string holds (a NUL).
 */
export function vouchRun(b: Uint8Array, i: number, keys: RunKeys, spans: Int32Array, values: Float64Array = new Float64Array(COLUMNS.length)): number {
  spans.fill(-1);
  i = skipBlank(b, i + 1);
  if (b[i] === CLOSE_BRACE) return i + 1;
  for (;;) {
    if (b[i] !== QUOTE) return -1;
    // The gap from the key's quote to its value, compared whole with the one it had last, else read.
    let k = keys.gap(b, i), start: number;
    if (k >= 0) start = skipBlank(b, keys.end);
    else {
      const from = i;
      k = keys.match(b, i + 1);
      if (k < 0) return -1;
      i = skipBlank(b, keys.end);
      if (b[i] !== COLON) return -1;
      start = skipBlank(b, i + 1);
      keys.noteGap(b, from, start, k);
    }
    const column = 3 * keys.columns[k];
    if (spans[column + 1] !== -1) return -1;
    spans[column + 2] = k;
    i = value(b, start, keys.kinds[k], values, column / 3);
    if (i < 0) return -1;
    spans[column + 1] = i;
    if (b[start] !== NULL) spans[column] = start;
    i = skipBlank(b, i);
    if (b[i] === CLOSE_BRACE) return i + 1;
    if (b[i] !== COMMA) return -1;
    i = skipBlank(b, i + 1);
  }
}

/** The size of `spans`: start, end and key (see RunKeys) of each run column. */
export const SPANS = 3 * COLUMNS.length;

/** Skips JSON white space. */
function skipBlank(b: Uint8Array, i: number): number {
  while (b[i] === SPACE || b[i] === LF || b[i] === TAB || b[i] === CR) i++;
  return i;
}

const SPACE = 32, TAB = 9, LF = 10, CR = 13, QUOTE = 34, COMMA = 44, COLON = 58, CLOSE_BRACE = 125, NULL = 110;
const MINUS = 45, PLUS = 43, DOT = 46, ZERO = 48, NINE = 57, E = 69, e = 101;

function value(b: Uint8Array, i: number, kind: string, values: Float64Array, column: number): number {
  if (b[i] === NULL) return b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108 ? i + 4 : -1;
  if (kind === "string") return b[i] === QUOTE ? stringEnd(b, i + 1) : -1;
  return number(b, i, kind === "int", values, column);
}

/**
 * A JSON number the fast path takes as JSON.parse and the coercion rules would: in an int column an
 * integer of at most 15 digits (safe), in a float column at most 19 digits with an exponent of at
 * most 2 digits. Its value goes to `values[column]`, correctly rounded as JSON.parse rounds it: a
 * digit string below 2^53 and a power of ten up to 1e22 are both exact doubles, so one division or
 * multiplication rounds once (Clinger's fast path); any other number is left to Number().
 */
function number(b: Uint8Array, i: number, integer: boolean, values: Float64Array, column: number): number {
  const start = i, negative = b[i] === MINUS;
  if (negative) i++;
  const first = i;
  let m = 0;
  if (b[i] === ZERO) i++;
  else if (b[i] > ZERO && b[i] <= NINE) for (m = b[i] - ZERO; b[++i] >= ZERO && b[i] <= NINE; ) m = 10 * m + b[i] - ZERO;
  else return -1;
  let digits = i - first;
  if (b[i] !== DOT && b[i] !== E && b[i] !== e) {
    if (digits > 15) return -1;
    values[column] = negative ? -m : m;
    return i;
  }
  if (integer) return -1;
  let scale = 0;
  if (b[i] === DOT) {
    const from = ++i;
    for (; b[i] >= ZERO && b[i] <= NINE; i++) m = 10 * m + b[i] - ZERO;
    if (i === from) return -1;
    digits += i - from;
    scale = i - from;
  }
  if (b[i] === E || b[i] === e) {
    const minus = b[++i] === MINUS;
    if (minus || b[i] === PLUS) i++;
    const from = i;
    let exponent = 0;
    for (; b[i] >= ZERO && b[i] <= NINE; i++) exponent = 10 * exponent + b[i] - ZERO;
    if (i === from || i - from > 2) return -1;
    scale += minus ? exponent : -exponent;
  }
  if (digits > 19) return -1;
  const exact = m < 2 ** 53 && scale >= -22 && scale <= 22;
  const v = !exact ? Number(String.fromCharCode(...b.subarray(start, i))) : scale >= 0 ? m / POWERS[scale] : m * POWERS[-scale];
  values[column] = exact && negative ? -v : v;
  return i;
}

const POWERS = Array.from({length: 23}, (_, k) => Number(`1e${k}`));

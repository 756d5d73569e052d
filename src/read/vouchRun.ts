import {COLUMNS, stringEnd, type RunKeys} from "./runKeys";

/**
 * Checks that the run object starting at `i` (an opening brace) is one the fast path can take and
 * get what JSON.parse and the coercion rules would give: a flat object of known keys, each column
 * given at most once, its value null or of the column's kind and needing no coercion, in any
 * layout. Notes where each column's value is in `spans` (start, end and key per column; start -1
 * for missing or null). Returns the offset after the closing brace, or -1. The bytes must end in
 * one that no JSON token or string holds (a NUL).
 */
export function vouchRun(b: Uint8Array, i: number, keys: RunKeys, spans: Int32Array): number {
  spans.fill(-1);
  i = skipBlank(b, i + 1);
  if (b[i] === CLOSE_BRACE) return i + 1;
  for (let previous = -1; ; ) {
    if (b[i] !== QUOTE) return -1;
    const k = keys.match(b, i + 1, previous);
    if (k < 0) return -1;
    const column = 3 * keys.columns[k];
    if (spans[column + 1] !== -1) return -1;
    spans[column + 2] = k;
    i = skipBlank(b, keys.end);
    if (b[i] !== COLON) return -1;
    const start = skipBlank(b, i + 1);
    i = value(b, start, keys.kinds[k]);
    if (i < 0) return -1;
    spans[column + 1] = i;
    if (b[start] !== NULL) spans[column] = start;
    i = skipBlank(b, i);
    if (b[i] === CLOSE_BRACE) return i + 1;
    if (b[i] !== COMMA) return -1;
    i = skipBlank(b, i + 1);
    previous = k;
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

function value(b: Uint8Array, i: number, kind: string): number {
  if (b[i] === NULL) return b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108 ? i + 4 : -1;
  if (kind === "string") return b[i] === QUOTE ? stringEnd(b, i + 1) : -1;
  return number(b, i, kind === "int");
}

/**
 * A JSON number that polars reads to the same value as JSON.parse and the coercion rules: in an
 * int column an integer of at most 15 digits (safe), in a float column at most 19 digits with an
 * exponent of at most 2 digits (the range checked against polars).
 */
function number(b: Uint8Array, i: number, integer: boolean): number {
  if (b[i] === MINUS) i++;
  const first = i;
  if (b[i] === ZERO) i++;
  else if (b[i] > ZERO && b[i] <= NINE) while (b[++i] >= ZERO && b[i] <= NINE);
  else return -1;
  let digits = i - first;
  if (b[i] !== DOT && b[i] !== E && b[i] !== e) return digits <= 15 ? i : -1;
  if (integer) return -1;
  if (b[i] === DOT) {
    const from = ++i;
    while (b[i] >= ZERO && b[i] <= NINE) i++;
    if (i === from) return -1;
    digits += i - from;
  }
  if (b[i] === E || b[i] === e) {
    if (b[++i] === PLUS || b[i] === MINUS) i++;
    const from = i;
    while (b[i] >= ZERO && b[i] <= NINE) i++;
    if (i === from || i - from > 2) return -1;
  }
  return digits <= 19 ? i : -1;
}

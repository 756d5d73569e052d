import type {RunKeys} from "./runKeys";
import {stringEnd} from "./runKeys";

/**
 * Checks that the run object starting at `i` (an opening brace) is one the fast path can hand to
 * polars and get what JSON.parse and the coercion rules would give: a flat object of known keys,
 * each at most once, with null or a value of its column's kind that needs no coercion. Returns the
 * offset after the closing brace, or -1. The line must end in a \n.
 */
export function vouchRun(b: Uint8Array, i: number, keys: RunKeys): number {
  keys.startLine();
  i = skipBlank(b, i + 1);
  if (b[i] === CLOSE_BRACE) return i + 1;
  for (let previous = -1; ; ) {
    if (b[i] !== QUOTE) return -1;
    const k = keys.match(b, i + 1, previous);
    if (k < 0) return -1;
    i = skipBlank(b, keys.end);
    if (b[i] !== COLON) return -1;
    i = value(b, skipBlank(b, i + 1), keys.kinds[k]);
    if (i < 0) return -1;
    i = skipBlank(b, i);
    if (b[i] === CLOSE_BRACE) return i + 1;
    if (b[i] !== COMMA) return -1;
    i = skipBlank(b, i + 1);
    previous = k;
  }
}

/** Skips spaces and tabs. */
export function skipBlank(b: Uint8Array, i: number): number {
  while (b[i] === SPACE || b[i] === TAB) i++;
  return i;
}

const SPACE = 32, TAB = 9, QUOTE = 34, COMMA = 44, COLON = 58, CLOSE_BRACE = 125;
const MINUS = 45, PLUS = 43, DOT = 46, ZERO = 48, NINE = 57, E = 69, e = 101;

function value(b: Uint8Array, i: number, kind: string): number {
  if (b[i] === 110) return b[i + 1] === 117 && b[i + 2] === 108 && b[i + 3] === 108 ? i + 4 : -1;
  if (kind === "string") return b[i] === QUOTE ? stringEnd(b, i + 1) : -1;
  return number(b, i, kind === "int");
}

/**
 * A JSON number as polars reads it to the same double as JSON.parse: integers of at most 15 digits
 * (exact in a double, safe in an int column), decimals of at most 19 digits with exponents of at
 * most 2. "-0" is refused in float columns, where polars would drop its sign.
 */
function number(b: Uint8Array, i: number, integer: boolean): number {
  const sign = b[i] === MINUS ? 1 : 0;
  const first = (i += sign);
  if (b[i] === ZERO) i++;
  else if (b[i] > ZERO && b[i] <= NINE) while (b[++i] >= ZERO && b[i] <= NINE);
  else return -1;
  let digits = i - first;
  if (b[i] !== DOT && b[i] !== E && b[i] !== e) {
    if (digits > 15 || (!integer && sign && digits === 1 && b[first] === ZERO)) return -1;
    return i;
  }
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

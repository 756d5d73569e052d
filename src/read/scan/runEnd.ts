/**
 * The offset just after the object opening at `b[i]`, found by its braces and brackets outside
 * strings, or MORE if it does not close before `end`, or ODD if it cannot be a valid run (a control
 * character in a string, or a line starting with E, such as a header, outside one): the exact
 * parser then says what is wrong.
 */
export function runEnd(b: Uint8Array, i: number, end: number): number {
  let depth = 0;
  for (; i < end; i++) {
    const c = b[i];
    if (c === QUOTE) {
      for (i++; i < end && b[i] !== QUOTE; i++) {
        if (b[i] === BACKSLASH) i++;
        else if (b[i] < 32) return ODD;
      }
      if (i >= end) return MORE;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return c === CLOSE_BRACE ? i + 1 : ODD;
    } else if (c === LF) {
      let p = i + 1;
      while (p < end && (b[p] === SPACE || b[p] === TAB)) p++;
      if (b[p] === E && p < end) return ODD;
    }
  }
  return MORE;
}

export const MORE = -2, ODD = -3;

const QUOTE = 34, BACKSLASH = 92, OPEN_BRACE = 123, CLOSE_BRACE = 125, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const LF = 10, SPACE = 32, TAB = 9, E = 69;

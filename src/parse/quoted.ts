/**
 * A string quoted as JSON, with the characters a reader cannot see escaped as well: controls, no-break
 * and other odd spaces, zero-width and bidi marks, so that `"Experiment\u00a07"` does not read as a
 * header that was refused for no reason.
 */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const INVISIBLE = /[\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]/g;

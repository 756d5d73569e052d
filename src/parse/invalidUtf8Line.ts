import {isUtf8} from "node:buffer";

/**
 * The line of the first byte that is not valid UTF-8, counting from `first`; undefined if there is
 * none. Lines end at \n, a byte no UTF-8 sequence contains, so each line is valid or not on its own.
 */
export function invalidUtf8Line(bytes: Uint8Array, first = 1): number | undefined {
  let line = first;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(10, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return undefined;
}

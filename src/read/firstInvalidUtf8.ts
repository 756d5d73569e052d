import {readSync} from "node:fs";
import {ResultsError} from "../parse";

/**
 * The invalid-UTF-8 error of a file, naming the line of its first byte that is not valid UTF-8, or
 * undefined if it is all valid. Reads in blocks: a line of any length is checked in bounded memory.
 */
export function firstInvalidUtf8(fd: number, file: string): ResultsError | undefined {
  const b = Buffer.allocUnsafe(1 << 22);
  const decoder = new TextDecoder("utf-8", {fatal: true, ignoreBOM: true});
  let line = 1;
  try {
    for (let position = 0, n; (n = readSync(fd, b, 0, b.length, position)) > 0; position += n) {
      for (let start = 0; start < n; ) {
        const newline = b.indexOf(10, start);
        const stop: number = newline === -1 || newline >= n ? n : newline;
        decoder.decode(b.subarray(start, stop), {stream: true});
        if (stop === n) break;
        decoder.decode(b.subarray(stop, stop + 1), {stream: true});
        line++, (start = stop + 1);
      }
    }
    decoder.decode();
  } catch {
    return new ResultsError("invalid UTF-8", {file, line});
  }
  return undefined;
}

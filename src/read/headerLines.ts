import {headerAt} from "./scan";

/** The start of the last header line in `b[from, end)` that starts after `from` and ends (with its \n) before `end`, or `from` if there is none. */
export function lastHeaderLine(b: Buffer, from: number, end: number): number {
  for (let i = b.lastIndexOf(LF, end - 2); i >= from; i = b.lastIndexOf(LF, i - 1)) {
    if (i + 1 > from && headerAt(b, i + 1, end, false) >= 0) return i + 1;
  }
  return from;
}

/** The start of the first header line in `b[from, end)` that starts after `from` and ends (with its \n) before `end`, or -1; a last line without \n counts at the file's end (`eof`). */
export function nextHeaderLine(b: Buffer, from: number, end: number, eof: boolean): number {
  for (let i = b.indexOf(LF, from); i !== -1 && i < end; i = b.indexOf(LF, i + 1)) {
    if (headerAt(b, i + 1, end, eof) >= 0) return i + 1;
  }
  return -1;
}

const LF = 10;

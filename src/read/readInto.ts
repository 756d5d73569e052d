import {readSync} from "node:fs";
import {cannotRead} from "./cannotRead";

/** Reads from `position` of the file into `b[at, cap)` until it is full or the file ends; returns the bytes read. */
export function readInto(fd: number, b: Buffer, at: number, cap: number, position: number, path: string): number {
  let read = 0;
  try {
    for (let n; at + read < cap && (n = readSync(fd, b, at + read, cap - at - read, position + read)) > 0; ) read += n;
  } catch (cause) {
    throw cannotRead(path, cause);
  }
  return read;
}

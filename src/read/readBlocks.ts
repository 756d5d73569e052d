import {isUtf8} from "node:buffer";
import {closeSync, fstatSync, openSync, readSync} from "node:fs";
import {cannotRead, invalidUtf8Line, ResultsError} from "../parse";

/**
 * Takes the block `b[start, end)` of a file, read from `position` in it; `b[end]` is a \n. The block
 * is the taker's to keep: the next one comes in another buffer.
 */
export type TakeBlock = (b: Buffer, start: number, end: number, position: number) => void;

export interface BlockOptions {
  /** Bytes read at a time, or a function of the bytes taken so far and the file's size; a block grows when it cannot be cut. */
  size?: number | ((taken: number, total: number) => number);
  /** Free bytes kept before every block, for the taker to write into. */
  reserve?: number;
  /** Where to end a block of whole lines `b[start, end)` that is not the last: `start` if it cannot be cut yet. By default, at its end. */
  cut?: (b: Buffer, start: number, end: number) => number;
  /** Told how many bytes of the file have been taken, after each block, and `total` of `total` when reading ends, even on an error. */
  progress?: (taken: number, total: number) => void;
  /** A buffer of at least `bytes` bytes for the next block, such as one whose block is done; by default a new one. */
  allocate?: (bytes: number) => Buffer;
}

/**
 * Reads a file block by block, never as one string, and hands each block of whole lines to `take`;
 * the rest is carried to the next block. Drops a UTF-8 byte order mark at the start and refuses
 * invalid UTF-8 with its line, before any other error: a problem `take` throws is reported only
 * after the rest of the file is checked.
 */
export function readBlocks(path: string, take: TakeBlock, options: BlockOptions = {}): void {
  const {size = 32 << 20, reserve = 1 << 16, cut = (_, __, end) => end, progress, allocate = fresh} = options;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (cause) {
    throw cannotRead(path, cause);
  }
  let total = 0;
  try {
    total = fstatSync(fd).size;
    const sizeAt = (taken: number) => Math.max(1, Math.floor(typeof size === "number" ? size : size(taken, total)));
    // Bytes are read into b up to cap; b[cap] is kept free for the \n after the last line.
    let cap = reserve + sizeAt(0);
    let b: Buffer = allocate(cap + 1);
    let start = reserve, end = reserve, checked = reserve, offset = 0;
    for (;;) {
      const read = fill(fd, b, end, cap, offset + end - reserve, path);
      const eof = read < cap - end;
      end += read;
      if (offset === 0 && start === reserve && b[start] === 0xef && b[start + 1] === 0xbb && b[start + 2] === 0xbf) start = checked = reserve + 3;
      const complete = eof ? end : Math.max(checked, b.lastIndexOf(10, end - 1) + 1);
      if (!isUtf8(b.subarray(checked, complete))) throw invalidUtf8(path, fd, offset + checked - reserve, b.subarray(checked, complete));
      checked = complete;
      const used = eof ? end : complete > start ? cut(b, start, complete) : start;
      if (used === start && !eof) {
        cap = reserve + 2 * (cap - reserve);
        if (cap >= b.length) b = grow(b, allocate(cap + 1));
        continue;
      }
      const nextCap = reserve + Math.max(sizeAt(offset + used - reserve), 2 * (end - used));
      const next = eof ? b : allocate(nextCap + 1);
      if (!eof) b.copy(next, reserve, used, end);
      b[used] = 10;
      try {
        take(b, start, used, offset + start - reserve);
      } catch (error) {
        if (error instanceof ResultsError) checkRest(path, fd, offset + checked - reserve);
        throw error;
      }
      if (eof) return;
      progress?.(offset + used - reserve, total);
      offset += used - reserve, end -= used - reserve, checked -= used - reserve;
      b = next, start = reserve, cap = nextCap;
    }
  } finally {
    closeSync(fd);
    progress?.(total, total);
  }
}

/** Not from Node's shared pool, so that a taker can transfer it to another thread. */
function fresh(bytes: number): Buffer {
  return Buffer.allocUnsafeSlow(bytes);
}

function fill(fd: number, b: Buffer, at: number, cap: number, position: number, path: string): number {
  let read = 0;
  try {
    for (let n; at + read < cap && (n = readSync(fd, b, at + read, cap - at - read, position + read)) > 0; ) read += n;
  } catch (cause) {
    throw cannotRead(path, cause);
  }
  return read;
}

function grow(b: Buffer, bigger: Buffer): Buffer {
  b.copy(bigger);
  return bigger;
}

/** Checks the file from `position` (a line start) to its end for invalid UTF-8. */
function checkRest(path: string, fd: number, position: number): void {
  let b: Buffer = Buffer.allocUnsafe(1 << 24), kept = 0;
  for (;;) {
    const n = readSync(fd, b, kept, b.length - kept, position + kept);
    const end = kept + n;
    const complete = n === 0 ? end : b.lastIndexOf(10, end - 1) + 1;
    if (!isUtf8(b.subarray(0, complete))) throw invalidUtf8(path, fd, position, b.subarray(0, complete));
    if (n === 0) return;
    if (complete === 0 && end === b.length) b = grow(b, Buffer.allocUnsafe(2 * b.length));
    b.copy(b, 0, complete, end);
    kept = end - complete, position += complete;
  }
}

/** The invalid-UTF-8 error for bytes read from `position`, a line start, naming the line in the file. */
function invalidUtf8(path: string, fd: number, position: number, bytes: Uint8Array): ResultsError {
  return new ResultsError("invalid UTF-8", {file: path, line: invalidUtf8Line(bytes, linesBefore(fd, position) + 1)});
}

function linesBefore(fd: number, position: number): number {
  const b = Buffer.allocUnsafe(1 << 24);
  let lines = 0;
  for (let at = 0, n; at < position && (n = readSync(fd, b, 0, Math.min(b.length, position - at), at)) > 0; at += n) {
    for (let i = b.indexOf(10); i !== -1 && i < n; i = b.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

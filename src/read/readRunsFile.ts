import {isUtf8 as isUtf8Bytes} from "node:buffer";
import {closeSync} from "node:fs";
import type pl from "nodejs-polars";
import type {RunNotes} from "../clean";
import {exactError} from "./exactError";
import {firstInvalidUtf8} from "./firstInvalidUtf8";
import {openResults} from "./openResults";
import {readInto} from "./readInto";
import {RunSink, type Source} from "./runSink";
import {Odd, Scanner} from "./scan/scanner";
import {ResultsError} from "../parse";

export type {Source} from "./runSink";

export interface ReadOptions {
  /** Bytes read at a time; a block grows (up to `limit`) only while one run object does not fit. 32 MiB by default. */
  size?: number;
  /** The largest run object, header line or run of blank space read, and the most of a broken section handed to the exact parser to name its problem: 64 MiB by default. */
  limit?: number;
  /** Told how many bytes of the file have been taken, after each block, and `total` of `total` when reading ends, even on an error. */
  progress?: (taken: number, total: number) => void;
}

/** What readRunsFile read: frames in file order, where each section came from, and how many runs took each path. */
export interface FileRuns {
  frames: pl.DataFrame[];
  sources: Source[];
  fast: number;
  tolerant: number;
  warnings: string[];
}

/**
 * Reads the runs of a results file (or, given `json`, the plain run list of that experiment) block
 * by block in any layout: the scanner splits sections and run objects by their bytes, the fast path
 * takes every run it can vouch for, and the tolerant parser each other run alone. The runs,
 * coercions and errors are those of the exact parser on the whole file; memory follows the block
 * size, not the length of a line or a list.
 */
export function readRunsFile(file: string, notes: RunNotes, {size = 32 << 20, limit = 64 << 20, progress}: ReadOptions = {}, json?: string): FileRuns {
  const {fd, size: total} = openResults(file);
  const warnings: string[] = [];
  const sink = new RunSink(file, notes, (warning) => warnings.push(warning), json);
  const scanner = new Scanner(sink, json === undefined);
  const frames: pl.DataFrame[] = [];
  const fail = (error: ResultsError) => {
    const utf8 = firstInvalidUtf8(fd, file);
    throw utf8 ?? error;
  };
  try {
    let cap = Math.max(16, size);
    let b = Buffer.allocUnsafeSlow(cap + 1);
    let start = 0, end = 0, checked = 0, position = 0, line = 1;
    for (;;) {
      const read = readInto(fd, b, end, cap, position + end, file);
      const eof = read < cap - end;
      end += read;
      if (position === 0 && start === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && end >= 3) start = checked = 3;
      const whole = eof ? end : charBoundary(b, checked, end);
      if (!isUtf8(b, checked, whole)) fail(new ResultsError("invalid UTF-8", {file}));
      checked = whole;
      b[whole] = 0;
      sink.startBlock(b, start, whole, position + start, line);
      let used: number;
      try {
        used = scanner.feed(b, start, whole, eof);
      } catch (error) {
        if (!(error instanceof Odd)) throw error;
        return fail(exactError(fd, file, sink, {at: error.at + position, line: sink.lineAt(error.at)}, limit, json));
      }
      const frame = sink.flush();
      if (frame) frames.push(frame);
      if (eof) {
        if (sink.section.problem) fail(exactError(fd, file, sink, {at: total, line: sink.lineAt(whole)}, limit, json));
        return {frames, sources: sink.sources, fast: sink.paths.fast, tolerant: sink.paths.tolerant, warnings};
      }
      line = sink.lineAt(used);
      progress?.(position + used, total);
      if (used === start) {
        if (end - start >= limit) fail(tooLarge(file, sink, limit));
        cap = Math.min(2 * cap, limit + 16);
        if (cap + 1 > b.length) b = Buffer.concat([b.subarray(0, end), Buffer.allocUnsafeSlow(cap + 1 - end)]);
        continue;
      }
      b.copy(b, 0, used, end);
      position += used, end -= used, checked -= used, start = 0;
    }
  } finally {
    closeSync(fd);
    progress?.(total, total);
  }
}

function isUtf8(b: Buffer, start: number, end: number): boolean {
  return isUtf8Bytes(b.subarray(start, end));
}

/** The end of the last whole UTF-8 character in `b[start, end)`. */
function charBoundary(b: Buffer, start: number, end: number): number {
  let i = end;
  while (i > start && i > end - 4 && (b[i - 1] & 0xc0) === 0x80) i--;
  if (i === start) return end;
  const lead = b[i - 1];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i - 1 + length > end ? i - 1 : end;
}

function tooLarge(file: string, sink: RunSink, limit: number): ResultsError {
  const {experiment, line} = sink.section;
  return new ResultsError(`too large: a run object or line of over ${limit} bytes (the limit)`, {file, experiment: experiment || undefined, line: experiment ? line : undefined});
}

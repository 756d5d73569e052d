import {isUtf8} from "node:buffer";
import {closeSync} from "node:fs";
import {availableParallelism} from "node:os";
import type pl from "nodejs-polars";
import type {RunNotes} from "../clean";
import {ResultsError} from "../parse";
import {ChunkPool, type Placed} from "./chunkPool";
import {charBoundary} from "./charBoundary";
import {exactError} from "./exactError";
import {firstInvalidUtf8} from "./firstInvalidUtf8";
import {lastHeaderLine, nextHeaderLine} from "./headerLines";
import {openResults} from "./openResults";
import {readInto} from "./readInto";
import {RunSink} from "./runSink";
import {Odd, Scanner} from "./scan";
import type {ScannedChunk} from "./scanChunk";

import type {FileRuns, ReadOptions} from "./readOptions";

export type {Source} from "./runSink";
export type {FileRuns, ReadOptions} from "./readOptions";

/**
 * Reads the runs of a results file (or, given `json`, the plain run list of that experiment) in any
 * layout: whole sections go in chunks to threads, where a byte-level scanner splits them into run
 * objects for the fast path; a chunk with a run the fast path cannot take, and a section longer
 * than a block, are scanned here, each such run parsed alone by the tolerant parser. The runs,
 * coercions and errors are those of the exact parser on the whole file; memory follows the block
 * size, not the length of a line, a list or a section.
 */
export function readRunsFile(file: string, notes: RunNotes, options: ReadOptions = {}, json?: string): FileRuns {
  const {fd, size: total, modified} = openResults(file);
  const opened = {size: total, modified};
  const threads = options.threads ?? (json === undefined && total > 64 << 20 && availableParallelism() > 1 ? 2 : 0);
  const {size = threads > 0 ? 8 << 20 : 32 << 20, limit = 64 << 20, progress} = options;
  const warnings: string[] = [], frames: pl.DataFrame[] = [];
  const sink = new RunSink(file, notes, (warning) => warnings.push(warning), json, options.gather);
  const pool = new ChunkPool(threads);
  const push = (frame: pl.DataFrame | undefined) => void (frame && frames.push(frame));
  const fail = (error: ResultsError): never => {
    throw firstInvalidUtf8(fd, file) ?? error;
  };
  // Gives the sink b[start, end) to work on, turning a stop of the scanner into the exact parser's error.
  const guarded = <T>(b: Buffer, start: number, end: number, position: number, line: number, work: () => T): T => {
    sink.startBlock(b, start, end, position, line);
    try {
      return work();
    } catch (error) {
      if (!(error instanceof Odd)) throw error;
      return fail(exactError(fd, file, sink, {at: position - start + error.at, line: sink.lineAt(error.at), opened}, limit, json));
    }
  };
  const scan = (scanner: Scanner, b: Buffer, start: number, end: number, eof: boolean, position: number, line: number): number =>
    guarded(b, start, end, position, line, () => {
      const used = scanner.feed(b, start, end, eof);
      push(sink.flush());
      return used;
    });
  // The line of the first byte not yet read back: of the oldest chunk in the pool, else of the next byte to scan here.
  let line = 1;
  const take = () => {
    const {placed, scanned} = pool.next();
    merge(placed, scanned, line);
    line += scanned.lines;
    pool.recycle(scanned);
    progress?.(placed.position + placed.end - placed.start, total);
  };
  const merge = ({b: bytes, start, end, position}: Placed, scanned: ScannedChunk, line: number) => {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!scanned.regular) return void scan(new Scanner(sink), b, start, end, true, position, line);
    guarded(b, start, end, position, line, () => scanned.headers.forEach(([experiment, at, lines]) => sink.header(experiment, at, line + lines)));
    sink.paths.fast += scanned.count;
    for (const [experiment, column, kind, count, example] of scanned.notes) notes.coerced(experiment, column, kind, example, count);
    push(sink.gather(scanned.rows));
  };
  try {
    let scanner: Scanner | undefined = json === undefined ? undefined : new Scanner(sink, false);
    let cap = Math.max(16, size), b = pool.allocate(cap + 1);
    let start = 0, end = 0, checked = 0, position = 0;
    for (;;) {
      const read = readInto(fd, b, end, cap, position + end, file);
      const eof = read < cap - end;
      end += read;
      if (position === 0 && start === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf && end >= 3) start = checked = 3;
      let whole = eof ? end : charBoundary(b, checked, end);
      if (!isUtf8(b.subarray(checked, whole))) fail(new ResultsError("invalid UTF-8", {file}));
      checked = whole;
      b[whole] = 0;
      let at = start;
      for (;;) {
        if (!scanner) {
          const cut = eof ? whole : lastHeaderLine(b, at, whole);
          if (cut > at) {
            // Whole sections: to a thread; the rest, a section begun, to a fresh buffer.
            const next = pool.allocate(cap + 1);
            b.copy(next, 0, cut, end);
            // The buffer moves to a thread: nothing may read it here after this; the thread counts its lines.
            pool.submit({b, start: at, end: cut, position: position + at});
            while (pool.pending > 2 * threads) take();
            position += cut, end -= cut, checked -= cut, whole -= cut;
            b = next, at = start = 0;
            b[whole] = 0;
            // The rest needs the next block: scanning it here would wait for every thread first.
            break;
          }
          if (at > start) break;
          // A section longer than a block: scanned here, carried from block to block.
          while (pool.pending > 0) take();
          scanner = new Scanner(sink);
        }
        const header = json === undefined ? nextHeaderLine(b, at, whole, eof) : -1;
        const used = scan(scanner, b, at, header >= 0 ? header : whole, eof || header >= 0, position + at, line);
        line = sink.lineAt(used);
        if (header < 0) {
          at = used;
          break;
        }
        scanner = undefined;
        at = header;
      }
      if (eof) {
        while (pool.pending > 0) take();
        if (sink.section.problem) fail(exactError(fd, file, sink, {at: total, line, opened}, limit, json));
        push(sink.flush(true));
        return {frames, sources: sink.sources, fast: sink.paths.fast, tolerant: sink.paths.tolerant, warnings};
      }
      progress?.(position + at, total);
      if (at === start && scanner) {
        // Not one item fits: the block grows, up to the limit.
        if (end - start >= limit) fail(tooLarge(file, sink, limit));
        cap = Math.min(2 * cap, limit + 16);
        if (cap + 1 > b.length) b = Buffer.concat([b.subarray(0, end), Buffer.allocUnsafeSlow(cap + 1 - end)]);
        continue;
      }
      b.copy(b, 0, at, end);
      position += at, end -= at, checked -= at, start = 0;
    }
  } finally {
    pool.close();
    closeSync(fd);
    progress?.(total, total);
  }
}

function tooLarge(file: string, sink: RunSink, limit: number): ResultsError {
  const {experiment, line} = sink.section;
  return new ResultsError(`too large: a run object or line of over ${limit} bytes (the limit)`, {file, experiment: experiment || undefined, line: experiment ? line : undefined});
}

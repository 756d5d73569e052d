import {statSync} from "node:fs";
import {availableParallelism} from "node:os";
import type pl from "nodejs-polars";
import {runFrame, type RunNotes} from "../clean";
import {parseSections, type Section} from "../parse";
import {csvFrame} from "./csvFrame";
import {lastHeaderLine} from "./headerLine";
import {readBlocks, type BlockOptions} from "./readBlocks";
import type {Stretch} from "./scanBlock";
import {ScanPool, type Scanned} from "./scanPool";

/** Where a section of the results came from. */
export type Source = Pick<Section, "experiment" | "line" | "file">;

export interface ReadOptions extends Pick<BlockOptions, "size" | "progress"> {
  /** Threads scanning blocks besides this one; by default two for files over 128 MB (if there are two cores), below which they do not pay. */
  threads?: number;
}

/**
 * Reads the runs of a results file in blocks of whole sections into frames of experiment,
 * partition and the typed run columns. Sections in the usual layout are checked line by line and
 * handed to polars as CSV; any other section, and the text before the first header if it is not
 * blank, goes to the exact parser: the runs, coercions and errors are those of parseExperiments on
 * the whole file.
 */
export function readRunsFile(file: string, notes: RunNotes, {threads, size, progress}: ReadOptions = {}): {frames: pl.DataFrame[]; sources: Source[]} {
  const bytes = fileSize(file);
  threads ??= bytes > 128 << 20 && availableParallelism() > 1 ? 2 : 0;
  // Blocks of at most 16 MB in threads, few in flight (each holds memory); small ones first and
  // last, so that the threads start early and finish together.
  size ??= threads > 0 ? (taken, total) => Math.min(16 << 20, (2 << 20) + taken, Math.max(1 << 20, (total - taken) / (2 * threads + 2))) : 32 << 20;
  const pool = new ScanPool(threads);
  const frames: pl.DataFrame[] = [], sources: Source[] = [];
  const take = (scanned: Scanned) => {
    const {frames: more, sources: found} = blockRuns(scanned, file, notes);
    frames.push(...more), sources.push(...found);
    pool.recycle(scanned);
  };
  let line = 1;
  try {
    readBlocks(
      file,
      (b, start, end) => {
        const first = line;
        line += lines(b, start, end);
        pool.submit({b, start, end, line: first});
        while (pool.pending > threads) take(pool.next());
      },
      {size, progress, cut: lastHeaderLine, allocate: (bytes) => pool.allocate(bytes)},
    );
    while (pool.pending > 0) take(pool.next());
  } finally {
    pool.close();
  }
  return {frames, sources};
}

/** The frames and sources of a scanned block, in file order: its CSV rows read by polars, its irregular stretches parsed exactly. */
function blockRuns({b, stretches, csv}: Scanned, file: string, notes: RunNotes): {frames: pl.DataFrame[]; sources: Source[]} {
  const exact = (s: Stretch) => parseSections(b.toString("utf8", s.start, s.end), {file, line: s.line});
  const parsed = stretches.map((s) => (s.regular ? undefined : exact(s)));
  const count = stretches.reduce((n, s) => n + (s.regular ? s.runs : 0), 0);
  const rows = count > 0 ? csvFrame(csv, count) : undefined;
  // Polars refusing rows vouched for would be a bug; the exact parser still gives the right answer.
  if (count > 0 && rows === undefined) stretches.forEach((s, i) => (parsed[i] ??= exact(s)));
  const frames: pl.DataFrame[] = [], sources: Source[] = [];
  let from = 0, to = 0;
  const flush = () => {
    if (to > from) frames.push(rows!.slice(from, to - from));
    from = to;
  };
  stretches.forEach((s, i) => {
    const sections = parsed[i];
    if (!sections) {
      to += s.runs;
      if (s.experiment !== undefined) sources.push({experiment: s.experiment, file, line: s.line});
      return;
    }
    sources.push(...sections.map(({experiment, line}) => ({experiment, file, line})));
    if (sections.some((section) => section.runs.length > 0)) flush(), frames.push(runFrame(sections, notes));
  });
  flush();
  return {frames, sources};
}

function lines(b: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = b.indexOf(10, start); i !== -1 && i < end; i = b.indexOf(10, i + 1)) n++;
  return n;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

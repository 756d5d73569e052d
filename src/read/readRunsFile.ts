import {closeSync, openSync, readSync} from "node:fs";
import pl from "nodejs-polars";
import {runFrame, type RunNotes} from "../clean";
import {parseSections, type Section} from "../parse";
import {readBlocks, type BlockOptions} from "./readBlocks";
import {readRunLines} from "./runLines";
import {RunKeys} from "./runKeys";
import {scanBlock, type Stretch} from "./scanBlock";

/** Where a section of the results came from. */
export type Source = Pick<Section, "experiment" | "line" | "file">;

/**
 * Reads the runs of a results file into frames, block by block: an experiment column and a typed
 * column per key, named as in the file (see finishRuns); `keys` collects the keys met.
 * Sections in the usual layout go to polars' newline-delimited JSON reader; any other section, and
 * the text before the first header if it is not blank, goes to the exact parser: the runs,
 * coercions and errors are those of parseExperiments on the whole file.
 */
export function readRunsFile(file: string, notes: RunNotes, keys: RunKeys, options: BlockOptions = {}): {frames: pl.DataFrame[]; sources: Source[]} {
  const frames: pl.DataFrame[] = [], sources: Source[] = [];
  let line = 1;
  readBlocks(
    file,
    (b, start, end, final, position) => {
      keys.startBlock();
      const stretches = scanBlock(b, start, end, line, keys);
      const open = final ? undefined : stretches.pop();
      if (stretches.length === 0) return start;
      const used = open ? open.start : end;
      const exact = (s: Stretch, bytes: Buffer) => parseSections(bytes.toString("utf8", s.start, s.end), {file, line: s.line});
      const parsed = stretches.map((s) => (s.regular ? undefined : exact(s, b)));
      const runs = blank(b, stretches);
      const rows = runs > 0 ? readRunLines(b, start, used, runs, keys) : undefined;
      if (runs > 0 && rows === undefined) {
        // Polars refused what was vouched for: read those sections again, exactly.
        const again = readRange(file, position, start, used);
        stretches.forEach((s, i) => s.regular && (parsed[i] = exact(s, again)));
      }
      frames.push(...blockFrames(stretches, parsed, rows, notes));
      for (const [i, s] of stretches.entries()) {
        if (parsed[i]) sources.push(...parsed[i]!.map(({experiment, line}) => ({experiment, file, line})));
        else if (s.experiment !== undefined) sources.push({experiment: s.experiment, file, line: s.line});
      }
      if (open) line = open.line;
      return used;
    },
    options,
  );
  return {frames, sources};
}


/** The frames of a block in file order: slices of the polars rows with their experiments, between the exactly parsed sections. */
function blockFrames(stretches: Stretch[], parsed: (Section[] | undefined)[], rows: pl.DataFrame | undefined, notes: RunNotes): pl.DataFrame[] {
  const frames: pl.DataFrame[] = [];
  let names: string[] = [], ids: number[] = [], offset = 0;
  const flush = () => {
    if (ids.length === 0) return;
    const experiment = pl.Series("experiment", names, pl.Utf8).gather(ids);
    frames.push(rows!.slice(offset, ids.length).withColumn(experiment));
    offset += ids.length, (names = []), (ids = []);
  };
  stretches.forEach((s, i) => {
    const sections = parsed[i];
    if (sections) {
      if (sections.some((section) => section.runs.length > 0)) flush(), frames.push(runFrame(sections, notes));
    } else if (s.experiment !== undefined && s.runs > 0) {
      for (let k = 0; k < s.runs; k++) ids.push(names.length);
      names.push(s.experiment);
    }
  });
  flush();
  return frames;
}

/** Blanks out every line of the stretches but the run objects of regular ones; returns the number of those. */
function blank(b: Buffer, stretches: Stretch[]): number {
  let runs = 0;
  for (const s of stretches) {
    if (!s.regular) {
      b.fill(32, s.start, s.end);
      continue;
    }
    runs += s.runs;
    const ranges = s.blanks;
    for (let j = 0; j < ranges.length; j += 2) {
      if (ranges[j + 1] - ranges[j] === 1) b[ranges[j]] = 32;
      else b.fill(32, ranges[j], ranges[j + 1]);
    }
  }
  return runs;
}

/** The file's bytes from `position` on, at offsets `start` to `end` of a buffer laid out as the block was. */
function readRange(file: string, position: number, start: number, end: number): Buffer {
  const b = Buffer.alloc(end);
  const fd = openSync(file, "r");
  try {
    for (let at = start, n; at < end && (n = readSync(fd, b, at, end - at, position + at - start)) > 0; ) at += n;
  } finally {
    closeSync(fd);
  }
  return b;
}

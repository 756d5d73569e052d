import pl from "nodejs-polars";
import {finishRuns, runFrame, RunNotes, type Runs} from "../clean";
import {repeated} from "../parse";
import {readRunsFile, type ReadOptions, type Source} from "./readRunsFile";
import {isFolder, resultFiles, type ResultFile} from "./resultFiles";

/** The runs frame of a results file or folder, where each section came from, and how many runs took each path. */
export interface RunsRead extends Runs {
  sources: Source[];
  /** Runs the fast columnar path took, and runs the tolerant parser took one at a time. */
  paths: {fast: number; tolerant: number};
}

/**
 * Reads a results file, or a folder of them as readResults does, straight into the runs frame:
 * the same frame, coercions, warnings and errors as cleanRuns(readResults(path)), without building
 * a JavaScript object per run and without holding a file as one string.
 */
export function readRuns(path: string, options: ReadOptions = {}): RunsRead {
  const notes = new RunNotes();
  const frames: pl.DataFrame[] = [], sources: Source[] = [], skipped: string[] = [], warnings: string[] = [];
  const paths = {fast: 0, tolerant: 0};
  const entries: ResultFile[] = isFolder(path) ? resultFiles(path) : [{file: path, sections: true}];
  for (const entry of entries) {
    if ("error" in entry) throw entry.error;
    if ("skipped" in entry) {
      skipped.push(entry.skipped);
      continue;
    }
    const read = readRunsFile(entry.file, notes, options, "runs" in entry ? entry.runs : undefined);
    frames.push(...read.frames), sources.push(...read.sources), warnings.push(...read.warnings);
    paths.fast += read.fast, paths.tolerant += read.tolerant;
  }
  const frame = frames.length > 0 ? pl.concat(frames, {how: "vertical", rechunk: false}) : runFrame([], notes);
  return {...finishRuns(frame, sources, [...skipped, ...repeated(sources), ...warnings], notes), sources, paths};
}

import pl from "nodejs-polars";
import {runFrame, RunNotes, type Runs} from "../clean";
import {finishRuns} from "../clean/finishRuns";
import {isFolder, parseRunList, readText, repeated, resultFiles, type ResultFile} from "../parse";
import {readRunsFile, type ReadOptions, type Source} from "./readRunsFile";

/** The runs frame of a results file or folder, and where each section came from. */
export interface RunsRead extends Runs {
  sources: Source[];
}

/**
 * Reads a results file, or a folder of them as readResults does, straight into the runs frame:
 * the same frame, coercions, warnings and errors as cleanRuns(readResults(path)), without building
 * a JavaScript object per run and without holding a file as one string.
 */
export function readRuns(path: string, options: ReadOptions = {}): RunsRead {
  const notes = new RunNotes();
  const frames: pl.DataFrame[] = [], sources: Source[] = [], skipped: string[] = [];
  const entries: ResultFile[] = isFolder(path) ? resultFiles(path) : [{file: path, sections: true}];
  for (const entry of entries) {
    if ("error" in entry) throw entry.error;
    if ("skipped" in entry) skipped.push(entry.skipped);
    else if ("runs" in entry) {
      const section = parseRunList(readText(entry.file), entry.runs, {file: entry.file});
      sources.push({experiment: section.experiment, file: entry.file, line: section.line});
      if (section.runs.length > 0) frames.push(runFrame([section], notes));
    } else {
      const read = readRunsFile(entry.file, notes, options);
      frames.push(...read.frames), sources.push(...read.sources);
    }
  }
  const frame = frames.length > 0 ? pl.concat(frames, {how: "vertical", rechunk: false}) : runFrame([], notes);
  return {...finishRuns(frame, sources, [...skipped, ...repeated(sources)], notes), sources};
}

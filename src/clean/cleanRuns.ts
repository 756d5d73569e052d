import type {ParsedResults} from "../parse";
import {finishRuns, type Runs} from "./finishRuns";
import {runFrame} from "./runFrame";
import {RunNotes} from "./runNotes";

/**
 * Builds the runs frame: one row per run, every variable the seed lists in a typed column
 * (missing ones null), plus the experiment, the partition (first segment of data_path) and the
 * file-order index. Unknown fields are ignored with a warning.
 */
export function cleanRuns({sections, warnings}: ParsedResults): Runs {
  const notes = new RunNotes();
  return finishRuns(runFrame(sections, notes), sections, warnings, notes);
}

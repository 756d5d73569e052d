import pl from "nodejs-polars";
import type {ParsedResults} from "../parse";
import {finishRuns} from "./finishRuns";
import {runFrame} from "./runFrame";
import {RunNotes} from "./runNotes";

/** The runs of a results file as a typed frame, with an account of every value that was changed. */
export interface Runs {
  /** One row per run: index (file order), experiment, partition, then the run variables. */
  runs: pl.DataFrame;
  /** Run objects read from the file; every one of them is a row of `runs`. */
  read: number;
  /** Experiments in the order they first appear in the file, empty ones included. */
  experiments: string[];
  /** Values changed on the way in: experiment, column, kind, count, example. */
  coercions: pl.DataFrame;
  warnings: string[];
}

/**
 * Builds the runs frame: one row per run, every variable the seed lists in a typed column
 * (missing ones null), plus the experiment, the partition (first segment of data_path) and the
 * file-order index. Unknown fields are ignored with a warning.
 */
export function cleanRuns({sections, warnings}: ParsedResults): Runs {
  const notes = new RunNotes();
  return finishRuns(runFrame(sections, notes), sections, warnings, notes);
}

import pl from "nodejs-polars";
import type {RunNotes} from "./runNotes";

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
 * The Runs of a frame of runs in file order (as runFrame makes them): the file-order index in front,
 * the experiments of `sections` in order of first appearance, and what `notes` took down after `warnings`.
 */
export function finishRuns(frame: pl.DataFrame, sections: {experiment: string}[], warnings: string[], notes: RunNotes): Runs {
  // A column, not expressions: nodejs-polars takes about a millisecond to make each expression.
  const indexed = frame.withRowIndex("index");
  const runs = indexed.withColumn(indexed.getColumn("index").cast(pl.Int64));
  return {
    runs,
    read: runs.height,
    experiments: [...new Set(sections.map((s) => s.experiment))],
    coercions: notes.coercions(),
    warnings: [...warnings, ...notes.warnings()],
  };
}

import type pl from "nodejs-polars";
import type {Section} from "../parse";
import {RunRows} from "./runRows";
import type {RunNotes} from "./runNotes";

/**
 * The runs of these sections as a frame: experiment, partition (first segment of data_path), then
 * every run variable in a typed column (missing ones null), in the analysis units.
 */
export function runFrame(sections: Pick<Section, "experiment" | "runs">[], notes: RunNotes): pl.DataFrame {
  const rows = new RunRows(notes);
  for (const {experiment, runs} of sections) for (const run of runs) rows.add(experiment, run);
  return rows.frame();
}

export {RUN_DTYPES} from "./runRows";

import pl from "nodejs-polars";
import {COLUMNS} from "./runKeys";

/** The runs frame from the runs in file order (experiment, partition, run columns): the file-order index in front. */
export function finishRuns(frame: pl.DataFrame): pl.DataFrame {
  return frame.withRowIndex("index").select(...SELECTION);
}

// nodejs-polars takes about a millisecond to make an expression: made once, not per file.
const SELECTION = [pl.col("index").cast(pl.Int64), ...["experiment", "partition", ...COLUMNS].map((name) => pl.col(name))];

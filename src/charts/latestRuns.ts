import pl from "nodejs-polars";
import {requireColumns} from "./columns";
import {latestExperiments} from "./latestExperiments";

/** The runs of the latest maxRows experiments (all runs when there are no more), those experiments in order, and the note saying so. */
export function latestRuns(runs: pl.DataFrame, maxRows: number): {runs: pl.DataFrame; order: string[]; note?: string} {
  requireColumns(runs, ["experiment"]);
  const experiment = pl.col("experiment").cast(pl.Utf8);
  const names = runs.select(experiment).getColumn("experiment").unique({maintainOrder: true}).toArray() as string[];
  const {order, note} = latestExperiments(names, maxRows);
  return {runs: note ? runs.filter(experiment.isIn(order)) : runs, order, note};
}

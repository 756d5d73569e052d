import type pl from "nodejs-polars";
import {boxStats, MANY_RUNS, type BoxOutlier, type BoxStats} from "./boxStats";
import {requireColumns, rowsOf} from "./columns";
import {latestRuns} from "./latestRuns";
import {maxRows} from "./maxRows";

/** One run of the distribution chart. */
export interface DistributionRun {
  experiment: string;
  total_cpu_time: number;
}

/** What both distribution renderers draw: every run up to MANY_RUNS runs, per-experiment statistics above. */
export interface DistributionRows {
  /** The experiments drawn, in experiment order, with or without values. */
  order: string[];
  /** Each experiment's runs with a finite total CPU time. */
  counts: Map<string, number>;
  /** Set when only the latest maxRows experiments are drawn. */
  note?: string;
  /** Up to MANY_RUNS runs: each run with a finite value, in the frame's order. */
  runs?: DistributionRun[];
  /** Above MANY_RUNS runs: each experiment's box and outliers, computed in polars. */
  boxes?: BoxStats[];
  outliers?: BoxOutlier[];
}

/** The total CPU time of the latest maxRows experiments' runs (with a note when there are more), as runs or as boxes. */
export function distributionRows(runs: pl.DataFrame, options: {maxRows?: number} = {}): DistributionRows {
  requireColumns(runs, ["experiment", "total_cpu_time"]);
  const {runs: shown, order, note} = latestRuns(runs, maxRows(options));
  if (shown.height > MANY_RUNS) {
    const {boxes, outliers} = boxStats(shown, "total_cpu_time");
    return {order, counts: new Map(boxes.map((b) => [b.experiment, b.n])), note, boxes, outliers};
  }
  const rows = rowsOf<DistributionRun>(shown, ["experiment", "total_cpu_time"]).filter((d) => Number.isFinite(d.total_cpu_time));
  const counts = new Map<string, number>();
  for (const d of rows) counts.set(d.experiment, (counts.get(d.experiment) ?? 0) + 1);
  return {order, counts, note, runs: rows};
}

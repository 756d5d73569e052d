import type pl from "nodejs-polars";
import {metric as metricOf, type Metric} from "../stats";
import {rowsOf} from "./columns";
import {latestExperiments} from "./latestExperiments";

/** One experiment's mean of a metric and its 95% interval, scaled for display (interval null below 2 runs). */
export interface IntervalRow {
  experiment: string;
  n: number;
  mean: number;
  low: number | null;
  high: number | null;
}

/** What both interval renderers draw: the rows, their metric and the note when only the latest are drawn. */
export interface IntervalRows {
  rows: IntervalRow[];
  metric: Metric;
  note?: string;
}

/**
 * The rows both interval charts draw, from runStatistics: each experiment's mean and interval for one metric, in
 * experiment order, the latest maxRows only (with the note saying so); experiments without a value are left out.
 */
export function intervalRows(statistics: pl.DataFrame, {metric = "total_cpu_time", by = "experiment", maxRows}: {metric?: string; by?: string; maxRows: number}): IntervalRows {
  const m = metricOf(metric);
  const all = rowsOf<Record<string, unknown>>(statistics, [by, "metric", "n", "mean", "mean_ci_low", "mean_ci_high"]).filter((r) => r.metric === metric && r.mean !== null);
  const {order, note} = latestExperiments(all.map((r) => r[by] as string), maxRows);
  const found = new Map(all.map((r) => [r[by] as string, r]));
  const scale = (v: unknown) => (v === null ? null : (v as number) * m.scale);
  const rows = order.map((name) => {
    const r = found.get(name)!;
    return {experiment: name, n: r.n as number, mean: scale(r.mean)!, low: scale(r.mean_ci_low), high: scale(r.mean_ci_high)};
  });
  return {rows, metric: m, note};
}

import type pl from "nodejs-polars";
import {partitionSize} from "../aggregate";
import {rowsOf} from "./columns";
import {inExperimentOrder} from "./experiments";
import {measured, partitionScaling} from "./partitionScaling";

/** One experiment of the summary, as the charts read it (an average is null for an experiment without values). */
export interface SummaryRow {
  experiment: string;
  n_records: number;
  avg_total_cpu_time_seconds: number;
  avg_execution_time_seconds_batch: number;
  avg_throughput_MBps: number;
  avg_sample_persec: number;
}

/** One partition of the scaling charts: its size and the mean CPU time and memory of its runs. */
export interface PartitionRow {
  partition: string;
  partition_mb: number;
  n_runs: number;
  mean_total_cpu_time: number;
  mean_total_cpu_memory: number;
}

/** The summary's rows for a chart of the given averages: experiment, those averages and the run count. */
export function summaryRows(summary: pl.DataFrame, averages: readonly Exclude<keyof SummaryRow, "experiment" | "n_records">[]): SummaryRow[] {
  return rowsOf<SummaryRow>(summary, ["experiment", ...averages, "n_records"]);
}

/** The partitions the scaling charts can place, smallest first. */
export function partitionRows(runs: pl.DataFrame): PartitionRow[] {
  return (partitionScaling(runs).toRecords() as unknown as PartitionRow[]).filter(measured);
}

/** A point of the execution-vs-samples scatter: an experiment at its two averages. */
export type ScatterPoint = SummaryRow & {x: number; y: number};

/** The scatter's points in experiment order (experiments without both averages left out), and that order. */
export function scatterPoints(summary: pl.DataFrame): {order: string[]; points: ScatterPoint[]} {
  const {order, rows} = inExperimentOrder(summaryRows(summary, ["avg_execution_time_seconds_batch", "avg_sample_persec"]));
  const points = rows
    .map((d) => ({...d, x: d.avg_execution_time_seconds_batch, y: d.avg_sample_persec}))
    .filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
  return {order, points};
}

/**
 * Each experiment's data prefix ("none" for an experiment without one) and the prefixes from the smallest partition
 * up; undefined when the summary has no data_prefix column.
 */
export function dataPrefixes(summary: pl.DataFrame): {of: Map<string, string>; order: string[]} | undefined {
  if (!summary.columns.includes("data_prefix")) return undefined;
  const rows = rowsOf<{experiment: string; data_prefix: string | null}>(summary, ["experiment", "data_prefix"]);
  const of = new Map(rows.map((d) => [d.experiment, d.data_prefix ?? "none"]));
  const order = [...new Set(of.values())].sort((a, b) => (partitionSize(a) ?? Infinity) - (partitionSize(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
  return {of, order};
}

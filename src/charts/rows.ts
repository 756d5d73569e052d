import type pl from "nodejs-polars";
import {rowsOf} from "./columns";
import {measured, partitionScaling} from "./partition-scaling";

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

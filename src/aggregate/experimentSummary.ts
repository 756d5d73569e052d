import pl from "nodejs-polars";
import {fileLimit} from "./fileLimit";
import {experimentNumber, sortByNumber} from "./sortByNumber";

/**
 * Per experiment: data prefix, file limit, run count and the means of the important metrics (nulls
 * skipped, every run counted), sorted by experiment number. `experiments` gives the order of first
 * appearance, which fixes the file limits, and may name experiments without runs.
 */
export function experimentSummary(runs: pl.DataFrame, {experiments = []}: {experiments?: string[]} = {}): pl.DataFrame {
  const means = runs.groupBy("experiment").agg(
    pl.col("partition").dropNulls().first().alias("data_prefix"),
    pl.len().cast(pl.Int64).alias("n_records"),
    pl.col("total_cpu_time").mean().alias("avg_total_cpu_time_seconds"),
    pl.col("total_cpu_memory").mean().alias("avg_total_cpu_memory_mb"),
    pl.col("execution_time").mean().alias("avg_execution_time_seconds_batch"),
    pl.col("throughput_bps").mean().alias("avg_throughput_bps"),
    pl.col("sample_persec").mean().alias("avg_sample_persec"),
  );
  const order = appearance(runs, means, experiments);
  const summary = pl
    .DataFrame([pl.Series("experiment", order, pl.Utf8), pl.Series("file_limit", order.map((_, i) => fileLimit(i)), pl.Int64)])
    .join(means, {on: "experiment", how: "left"})
    .select(
      pl.col("experiment"),
      pl.col("data_prefix"),
      pl.col("file_limit"),
      pl.col("n_records").fillNull(0).cast(pl.Int64),
      pl.col("avg_total_cpu_time_seconds"),
      pl.col("avg_total_cpu_memory_mb"),
      pl.col("avg_execution_time_seconds_batch"),
      pl.col("avg_throughput_bps"),
      pl.col("avg_throughput_bps").div(1e6).alias("avg_throughput_MBps"),
      pl.col("avg_sample_persec"),
    );
  return sortByNumber(summary, "experiment", experimentNumber);
}

/** The summary's averages of the runs' metrics (throughput in bytes per second): the values that tell experiments apart. */
export const SUMMARY_AVERAGES = ["avg_total_cpu_time_seconds", "avg_total_cpu_memory_mb", "avg_execution_time_seconds_batch", "avg_throughput_bps", "avg_sample_persec"];

/** The given experiments, then any others of the runs frame in order of their first run. */
function appearance(runs: pl.DataFrame, means: pl.DataFrame, experiments: string[]): string[] {
  const names = new Set(experiments);
  const grouped = means.getColumn("experiment").toArray() as (string | null)[];
  // Finding the order of first runs means a pass over every run: only when some are not given.
  if (grouped.every((name) => name === null || names.has(name))) return [...names];
  for (const name of runs.getColumn("experiment").unique(true).toArray() as (string | null)[]) if (name !== null) names.add(name);
  return [...names];
}

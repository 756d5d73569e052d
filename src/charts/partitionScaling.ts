import pl from "nodejs-polars";
import {partitionSize} from "../aggregate";
import {requireColumns} from "./columns";

/** Per partition, its size in MB, its number of runs and their mean total CPU time and memory, by size. */
export function partitionScaling(runs: pl.DataFrame): pl.DataFrame {
  requireColumns(runs, ["partition", "total_cpu_time", "total_cpu_memory"]);
  const means = runs
    .filter(pl.col("partition").isNotNull())
    .groupBy("partition")
    .agg(
      pl.len().cast(pl.Int64).alias("n_runs"),
      pl.col("total_cpu_time").mean().alias("mean_total_cpu_time"),
      pl.col("total_cpu_memory").mean().alias("mean_total_cpu_memory")
    );
  const sizes = (means.getColumn("partition").toArray() as string[]).map(partitionSize);
  // Sizes come from the names; a partition without one is left off the size axis, never guessed.
  return means
    .withColumn(pl.Series("partition_mb", sizes, pl.Float64))
    .select("partition", "partition_mb", "n_runs", "mean_total_cpu_time", "mean_total_cpu_memory")
    .sort("partition_mb", false, true);
}

/** Whether a partition can be placed on the scaling charts: a size read from its name and both means, all positive. */
export function measured(d: {partition_mb: unknown; mean_total_cpu_time: unknown; mean_total_cpu_memory: unknown}): boolean {
  return [d.partition_mb, d.mean_total_cpu_time, d.mean_total_cpu_memory].every((v) => typeof v === "number" && Number.isFinite(v) && v > 0);
}

import pl from "nodejs-polars";
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
  return means
    .withColumn(pl.Series("partition_mb", sizes, pl.Float64))
    .select("partition", "partition_mb", "n_runs", "mean_total_cpu_time", "mean_total_cpu_memory")
    .sort("partition_mb");
}

const units: Record<string, number> = {KB: 1 / 1000, MB: 1, GB: 1000};

/** The size of a partition label in MB: 25 for 25MB, 1000 for 1GB (decimal units, as throughput's MB/s). */
export function partitionSize(partition: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KMG]B)\s*$/i.exec(partition);
  if (!match) throw new Error(`unknown partition size: ${partition}`);
  return +match[1] * units[match[2].toUpperCase()];
}

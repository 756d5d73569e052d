import pl from "nodejs-polars";
import {partitionSize} from "./partitionSize";
import {roundHalfEven} from "./roundHalfEven";
import {sortByNumber} from "./sortByNumber";

/** The seed's fixed cost per request of each partition, in dollars (none known for 10MB). */
export const PARTITION_COSTS: Readonly<Record<string, number>> = {"25MB": 0.16, "50MB": 0.2, "75MB": 0.3, "100MB": 0.38};

/**
 * Per partition: Requests (runs), Duration_s (mean total CPU time, 2 decimals), Memory_GB (mean total
 * CPU memory / 1024, 1 decimal) and Cost ($) from a fixed lookup, sorted by partition size. Rounds
 * half to even, as pandas does.
 */
export function partitionCostTable(runs: pl.DataFrame, {costs = PARTITION_COSTS}: {costs?: Readonly<Record<string, number>>} = {}): pl.DataFrame {
  const table = runs.groupBy("partition").agg(
    pl.len().cast(pl.Int64).alias("Requests"),
    pl.col("total_cpu_time").mean().alias("Duration_s"),
    pl.col("total_cpu_memory").mean().div(1024).alias("Memory_GB"),
    pl.col("index").min().alias("__first"),
  );
  const sorted = sortByNumber(table.sort("__first"), "partition", partitionSize);
  const partitions = sorted.getColumn("partition").toArray() as (string | null)[];
  const round = (name: string, digits: number) =>
    pl.Series(name, (sorted.getColumn(name).toArray() as (number | null)[]).map((x) => roundHalfEven(x, digits)), pl.Float64);
  return pl.DataFrame([
    sorted.getColumn("partition"),
    sorted.getColumn("Requests"),
    round("Duration_s", 2),
    round("Memory_GB", 1),
    pl.Series("Cost ($)", partitions.map((p) => (p !== null && Object.hasOwn(costs, p) ? costs[p] : null)), pl.Float64),
  ]);
}

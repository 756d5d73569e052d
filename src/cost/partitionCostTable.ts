import pl from "nodejs-polars";
import {partitionSize, roundHalfEven, sortByNumber} from "../aggregate";
import {partitionPrices} from "./partitionPrices";
import type {PriceModel} from "./priceModel";
import {priceRuns} from "./priceRuns";
import {runUsages} from "./runUsages";

/** The seed's fixed cost per request of each partition, in dollars (none known for 10MB). */
export const PARTITION_COSTS: Readonly<Record<string, number>> = {"25MB": 0.16, "50MB": 0.2, "75MB": 0.3, "100MB": 0.38};

/**
 * Per partition: Requests (runs), Duration_s (mean total CPU time, 2 decimals), Memory_GB (mean total
 * CPU memory / 1024, 1 decimal) and Cost ($) from a fixed lookup, sorted by partition size. Rounds
 * half to even, as pandas does. Given a price model, Cost ($) is the mean cost per run under it, followed by
 * the cost per MB of data, per 1,000 samples, in total, and whether the runs can run on that service.
 */
export function partitionCostTable(
  runs: pl.DataFrame,
  {costs = PARTITION_COSTS, prices}: {costs?: Readonly<Record<string, number>>; prices?: PriceModel} = {},
): pl.DataFrame {
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
  const measured = [sorted.getColumn("partition"), sorted.getColumn("Requests"), round("Duration_s", 2), round("Memory_GB", 1)];
  if (prices === undefined) {
    return pl.DataFrame([...measured, pl.Series("Cost ($)", partitions.map((p) => (p !== null && Object.hasOwn(costs, p) ? costs[p] : null)), pl.Float64)]);
  }
  const usages = runUsages(runs, prices);
  const priced = partitionPrices(usages, priceRuns(usages, prices), {fixed: prices.model === "seed"});
  const of = partitions.map((p) => priced.get(p)!);
  return pl.DataFrame([
    ...measured,
    pl.Series("Cost ($)", of.map((d) => d.perRun), pl.Float64),
    pl.Series("Cost per MB ($)", of.map((d) => d.perMb), pl.Float64),
    pl.Series("Cost per 1k samples ($)", of.map((d) => d.perThousandSamples), pl.Float64),
    pl.Series("Total ($)", of.map((d) => d.total), pl.Float64),
    pl.Series("Feasible", of.map((d) => d.feasibility), pl.Utf8),
  ]);
}

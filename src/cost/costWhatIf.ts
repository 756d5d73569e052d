import pl from "nodejs-polars";
import {partitionSize, sortByNumber} from "../aggregate";
import {partitionPrices} from "./partitionPrices";
import type {PriceModel} from "./priceModel";
import {priceRuns} from "./priceRuns";
import {runUsages} from "./runUsages";

/** The memory sizes (MB) a what-if tries by default: the service's range, doubling, up to its ceiling. */
export const WHAT_IF_MEMORY: Readonly<Record<"lambda" | "fargate", readonly number[]>> = {
  lambda: [128, 256, 512, 1024, 2048, 4096, 8192, 10240],
  fargate: [512, 1024, 2048, 4096, 8192, 16384, 30720, 61440, 122880],
};

/**
 * What each partition's runs would cost per run if every run were configured with each memory size (MB), their
 * duration held as measured: a run does not get faster or slower with more memory here, which on a real service it
 * may. Per size and partition: Requests, Cost ($) per run, Total ($), Feasible runs (those that fit and run there) and
 * Feasible (why not). An instance's sizes are the slots it is cut into (by default 1 GB doubling up to the machine).
 */
export function costWhatIf(runs: pl.DataFrame, {prices, memoryMb}: {prices: PriceModel; memoryMb?: readonly number[]}): pl.DataFrame {
  if (prices.model === "seed") throw new Error("what-if needs a usage-based price model, not the seed's fixed lookup");
  const sizes = memoryMb ?? defaultSizes(prices);
  const bad = sizes.find((size) => !(Number.isFinite(size) && size > 0));
  if (bad !== undefined) throw new Error(`memory size must be a positive number of MB: ${bad}`);
  const rows: {memory: number; partition: string | null; requests: number; perRun: number | null; total: number | null; feasible: number; feasibility: string}[] = [];
  const usages = runUsages(runs, prices);
  for (const size of sizes) {
    for (const [partition, d] of partitionPrices(usages, priceRuns(usages, prices, size))) rows.push({memory: size, partition, ...d});
  }
  const frame = pl.DataFrame([
    pl.Series("memory_mb", rows.map((r) => r.memory), pl.Float64),
    pl.Series("partition", rows.map((r) => r.partition), pl.Utf8),
    pl.Series("Requests", rows.map((r) => r.requests), pl.Int64),
    pl.Series("Cost ($)", rows.map((r) => r.perRun), pl.Float64),
    pl.Series("Total ($)", rows.map((r) => r.total), pl.Float64),
    pl.Series("Feasible runs", rows.map((r) => r.feasible), pl.Int64),
    pl.Series("Feasible", rows.map((r) => r.feasibility), pl.Utf8),
  ]);
  // Memory sizes ascending, partitions by size within each.
  return sortByNumber(frame, "partition", partitionSize).sort("memory_mb", false, false, true);
}

function defaultSizes(prices: Exclude<PriceModel, {model: "seed"}>): readonly number[] {
  if (prices.model !== "instance") return WHAT_IF_MEMORY[prices.model];
  const sizes: number[] = [];
  for (let size = 1024; size <= prices.memoryGb * 1024; size *= 2) sizes.push(size);
  return sizes;
}

import pl from "nodejs-polars";
import type {PriceModel} from "./priceModel";
import {priceRuns} from "./priceRuns";
import {runUsages} from "./runUsages";

/**
 * Every run's cost under a price model: its partition, measured memory (MB) and duration (s; total CPU time unless the
 * model says execution_time, time per batch × batches), samples (batch size × batches), what is billed, the cost in
 * dollars and why it could not run on that service. A usage-based model leaves a run without memory or duration
 * unpriced (null cost), saying which is missing. `memoryMb` configures every run with that memory.
 */
export function runCosts(runs: pl.DataFrame, {prices, memoryMb}: {prices: PriceModel; memoryMb?: number}): pl.DataFrame {
  const usages = runUsages(runs, prices);
  const costs = priceRuns(usages, prices, memoryMb);
  return pl.DataFrame([
    runs.getColumn("index"),
    runs.getColumn("experiment"),
    runs.getColumn("partition"),
    pl.Series("memory_mb", usages.memoryMb, pl.Float64),
    pl.Series("duration_s", usages.seconds, pl.Float64),
    pl.Series("samples", usages.samples, pl.Float64),
    pl.Series("billed_memory_mb", costs.map((c) => c.billedMemoryMb), pl.Float64),
    pl.Series("billed_seconds", costs.map((c) => c.billedSeconds), pl.Float64),
    pl.Series("cost", costs.map((c) => c.cost), pl.Float64),
    pl.Series("problem", costs.map((c) => c.problem), pl.Utf8),
  ]);
}

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
  const series = (name: string, values: Float64Array) => pl.Series(name, Array.from(values, (v) => (Number.isNaN(v) ? null : v)), pl.Float64);
  return pl.DataFrame([
    runs.getColumn("index"),
    runs.getColumn("experiment"),
    runs.getColumn("partition"),
    series("memory_mb", usages.memoryMb),
    series("duration_s", usages.seconds),
    series("samples", usages.samples),
    series("billed_memory_mb", costs.billedMemoryMb),
    series("billed_seconds", costs.billedSeconds),
    series("cost", costs.cost),
    pl.Series("problem", Array.from(costs.problem, (p) => (p < 0 ? null : costs.problems[p])), pl.Utf8),
  ]);
}

import pl from "nodejs-polars";
import type {PriceModel} from "./priceModel";
import {runCost} from "./runCost";

/**
 * Every run's cost under a price model: its partition, measured memory (MB) and duration (s; total CPU time unless the
 * model says execution_time, time per batch × batches), samples (batch size × batches), what is billed, the cost in
 * dollars and why it could not run on that service. A usage-based model leaves a run without memory or duration
 * unpriced (null cost), saying which is missing. `memoryMb` configures every run with that memory.
 */
export function runCosts(runs: pl.DataFrame, {prices, memoryMb}: {prices: PriceModel; memoryMb?: number}): pl.DataFrame {
  const timeColumn = prices.model !== "seed" && prices.duration === "execution_time" ? "execution_time" : "total_cpu_time";
  const column = (name: string) => runs.getColumn(name).toArray() as (number | string | null)[];
  const partition = column("partition") as (string | null)[];
  const memory = column("total_cpu_memory") as (number | null)[];
  const time = column(timeColumn) as (number | null)[];
  const batches = column("num_batches") as (number | null)[];
  const batchSize = column("batch_size") as (number | null)[];
  const seconds = timeColumn === "execution_time" ? time.map((t, i) => (t === null || batches[i] === null ? null : t * batches[i]!)) : time;
  const costs = partition.map((p, i) => {
    const missing = prices.model === "seed" ? null : memory[i] === null ? "total_cpu_memory" : seconds[i] === null ? durationName(timeColumn) : null;
    if (missing) return {cost: null, billedMemoryMb: null, billedSeconds: null, problem: `not priced: no ${missing}`};
    return runCost({partition: p, memoryMb: memory[i] ?? 0, seconds: seconds[i] ?? 0}, prices, memoryMb);
  });
  return pl.DataFrame([
    runs.getColumn("index"),
    runs.getColumn("experiment"),
    runs.getColumn("partition"),
    pl.Series("memory_mb", memory, pl.Float64),
    pl.Series("duration_s", seconds, pl.Float64),
    pl.Series("samples", batchSize.map((b, i) => (b === null || batches[i] === null ? null : b * batches[i]!)), pl.Float64),
    pl.Series("billed_memory_mb", costs.map((c) => c.billedMemoryMb), pl.Float64),
    pl.Series("billed_seconds", costs.map((c) => c.billedSeconds), pl.Float64),
    pl.Series("cost", costs.map((c) => c.cost), pl.Float64),
    pl.Series("problem", costs.map((c) => c.problem), pl.Utf8),
  ]);
}

function durationName(column: string): string {
  return column === "execution_time" ? "execution_time or num_batches" : column;
}

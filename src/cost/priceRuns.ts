import type {PriceModel} from "./priceModel";
import {runCost, type RunCost} from "./runCost";
import type {RunUsages} from "./runUsages";

/**
 * Every run's cost under a price model; `memoryMb` configures every run with that memory. A usage-based model leaves a
 * run without memory or duration unpriced (null cost), saying which is missing.
 */
export function priceRuns(usages: RunUsages, prices: PriceModel, memoryMb?: number): RunCost[] {
  const {partition, memoryMb: memory, seconds, durationName} = usages;
  return partition.map((p, i) => {
    const missing = prices.model === "seed" ? null : memory[i] === null ? "total_cpu_memory" : seconds[i] === null ? durationName : null;
    if (missing) return {cost: null, billedMemoryMb: null, billedSeconds: null, problem: `not priced: no ${missing}`};
    return runCost({partition: p, memoryMb: memory[i] ?? 0, seconds: seconds[i] ?? 0}, prices, memoryMb);
  });
}

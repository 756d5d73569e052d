import type {PriceModel} from "./priceModel";
import {runCost} from "./runCost";
import type {RunUsages} from "./runUsages";

/** Every run's cost as typed columns: dollars and what is billed (NaN where none), and a code into `problems` (-1: none). */
export interface RunCosts {
  cost: Float64Array;
  billedMemoryMb: Float64Array;
  billedSeconds: Float64Array;
  problem: Int32Array;
  problems: string[];
}

/**
 * Every run's cost under a price model; `memoryMb` configures every run with that memory. A usage-based model leaves a
 * run without memory or duration unpriced (NaN cost), saying which is missing.
 */
export function priceRuns(usages: RunUsages, prices: PriceModel, memoryMb?: number): RunCosts {
  const {codes, partitions, memoryMb: memory, seconds, durationName} = usages;
  const n = codes.length;
  const out: RunCosts = {cost: new Float64Array(n), billedMemoryMb: new Float64Array(n), billedSeconds: new Float64Array(n), problem: new Int32Array(n), problems: []};
  const problemCodes = new Map<string, number>();
  const code = (problem: string | null) => {
    if (problem === null) return -1;
    if (!problemCodes.has(problem)) problemCodes.set(problem, out.problems.push(problem) - 1);
    return problemCodes.get(problem)!;
  };
  for (let i = 0; i < n; i++) {
    const missing = prices.model === "seed" ? null : Number.isNaN(memory[i]) ? "total_cpu_memory" : Number.isNaN(seconds[i]) ? durationName : null;
    const c = missing ? null : runCost({partition: partitions[codes[i]], memoryMb: memory[i], seconds: seconds[i]}, prices, memoryMb);
    out.cost[i] = c?.cost ?? NaN;
    out.billedMemoryMb[i] = c?.billedMemoryMb ?? NaN;
    out.billedSeconds[i] = c?.billedSeconds ?? NaN;
    out.problem[i] = code(missing ? `not priced: no ${missing}` : c!.problem);
  }
  return out;
}

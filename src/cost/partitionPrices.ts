import {partitionSize} from "../aggregate/partitionSize";
import type {RunCost} from "./runCost";
import type {RunUsages} from "./runUsages";
import {sum} from "./sum";

/** What a partition's runs cost under a price model. */
export interface PartitionPrice {
  requests: number;
  /** Mean cost per priced run, its cost per MB of data (the partition's size), per 1,000 samples, and all priced runs together. */
  perRun: number | null;
  perMb: number | null;
  perThousandSamples: number | null;
  total: number | null;
  /** Runs that can run on the service as priced. */
  feasible: number;
  /** "yes", or why not, with how many runs: "no: memory over Lambda's 10,240 MB (1600 of 1600 runs)". */
  feasibility: string;
}

/** Each partition's costs, from the runs' usage and their costs (priceRuns); `fixed` marks a fixed lookup, which has no limits to check. */
export function partitionPrices(usages: Pick<RunUsages, "partition" | "samples">, costs: readonly RunCost[], {fixed = false}: {fixed?: boolean} = {}): Map<string | null, PartitionPrice> {
  const groups = new Map<string | null, {cost: number | null; samples: number | null; problem: string | null}[]>();
  usages.partition.forEach((partition, i) => {
    const row = {cost: costs[i].cost, samples: usages.samples[i], problem: costs[i].problem};
    (groups.get(partition) ?? groups.set(partition, []).get(partition)!).push(row);
  });
  const prices = new Map<string | null, PartitionPrice>();
  for (const [partition, runs] of groups) {
    const priced = runs.filter((r) => r.cost !== null);
    const total = priced.length ? sum(priced.map((r) => r.cost!)) : null;
    const size = partition === null ? null : partitionSize(partition);
    const sampled = priced.filter((r) => r.samples !== null && r.samples > 0);
    const samples = sum(sampled.map((r) => r.samples!));
    prices.set(partition, {
      requests: runs.length,
      perRun: total === null ? null : total / priced.length,
      perMb: total === null || !size ? null : total / priced.length / size,
      perThousandSamples: sampled.length ? (sum(sampled.map((r) => r.cost!)) / samples) * 1000 : null,
      total,
      feasible: priced.filter((r) => r.problem === null).length,
      feasibility: fixed ? lookupNote(priced.length, runs.length) : feasibility(runs),
    });
  }
  return prices;
}

function lookupNote(priced: number, runs: number): string {
  return priced === runs ? "fixed price per run" : "no price in the lookup: priced at nothing, not zero";
}

function feasibility(runs: {cost: number | null; problem: string | null}[]): string {
  const priced = runs.filter((r) => r.cost !== null);
  const reasons = (of: typeof runs) => {
    const counts = new Map<string, number>();
    for (const {problem} of of) if (problem !== null) counts.set(problem, (counts.get(problem) ?? 0) + 1);
    return [...counts].map(([problem, n]) => `${problem} (${n} of ${runs.length} runs)`);
  };
  const blocked = reasons(priced);
  const fitting = priced.filter((r) => r.problem === null).length;
  // Runs without a measurement are neither feasible nor not: said apart, after the verdict on the priced ones.
  const verdict = priced.length === 0 ? [] : blocked.length === 0 ? ["yes"] : [`${fitting === 0 ? "no" : "partly"}: ${blocked.join("; ")}`];
  return [...verdict, ...reasons(runs.filter((r) => r.cost === null))].join("; ");
}

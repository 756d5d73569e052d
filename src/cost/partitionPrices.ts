import {partitionSize} from "../aggregate";
import type {RunCosts} from "./priceRuns";
import type {RunUsages} from "./runUsages";
import {Sum} from "./sum";

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
export function partitionPrices(usages: Pick<RunUsages, "partitions" | "codes" | "samples">, costs: RunCosts, {fixed = false}: {fixed?: boolean} = {}): Map<string | null, PartitionPrice> {
  const groups = usages.partitions.map(() => ({runs: 0, priced: 0, feasible: 0, total: new Sum(), sampledCost: new Sum(), samples: new Sum(), sampled: 0, problems: new Map<number, number>()}));
  for (let i = 0; i < usages.codes.length; i++) {
    const g = groups[usages.codes[i]];
    const cost = costs.cost[i], problem = costs.problem[i], samples = usages.samples[i];
    g.runs++;
    if (problem >= 0) g.problems.set(problem, (g.problems.get(problem) ?? 0) + 1);
    if (Number.isNaN(cost)) continue;
    g.priced++;
    g.total.add(cost);
    if (problem < 0) g.feasible++;
    if (samples > 0) g.sampled++, g.sampledCost.add(cost), g.samples.add(samples);
  }
  const prices = new Map<string | null, PartitionPrice>();
  groups.forEach((g, code) => {
    if (g.runs === 0) return;
    const partition = usages.partitions[code];
    const size = partition === null ? null : partitionSize(partition);
    const total = g.priced ? g.total.value : null;
    const counted = [...g.problems].map(([p, n]) => ({problem: costs.problems[p], n}));
    prices.set(partition, {
      requests: g.runs,
      perRun: total === null ? null : total / g.priced,
      perMb: total === null || !size ? null : total / g.priced / size,
      perThousandSamples: g.sampled ? (g.sampledCost.value / g.samples.value) * 1000 : null,
      total,
      feasible: g.feasible,
      feasibility: fixed ? lookupNote(g.priced, g.runs) : feasibility(counted, g.runs, g.priced, g.feasible),
    });
  });
  return prices;
}

function lookupNote(priced: number, runs: number): string {
  return priced === runs ? "fixed price per run" : "no price in the lookup: priced at nothing, not zero";
}

function feasibility(problems: {problem: string; n: number}[], runs: number, priced: number, fitting: number): string {
  const said = (list: typeof problems) => list.map(({problem, n}) => `${problem} (${n} of ${runs} runs)`);
  const unpriced = problems.filter((p) => p.problem.startsWith("not priced: "));
  const blocked = said(problems.filter((p) => !unpriced.includes(p)));
  // Runs without a measurement are neither feasible nor not: said apart, after the verdict on the priced ones.
  const verdict = priced === 0 ? [] : blocked.length === 0 ? ["yes"] : [`${fitting === 0 ? "no" : "partly"}: ${blocked.join("; ")}`];
  return [...verdict, ...said(unpriced)].join("; ");
}

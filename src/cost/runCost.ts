import {fargateCost} from "./fargateCost";
import {instanceCost} from "./instanceCost";
import {lambdaCost} from "./lambdaCost";
import type {PriceModel} from "./priceModel";

/** What a run used, as a price model reads it: its partition, memory in MB and duration in seconds (null if not measured). */
export interface RunUsage {
  partition: string | null;
  memoryMb: number;
  seconds: number;
}

/** What a run costs under a model: dollars (null if the model has no price for it), what is billed, and why it could not run there. */
export interface RunCost {
  cost: number | null;
  billedMemoryMb: number | null;
  billedSeconds: number | null;
  vcpu?: number;
  slots?: number;
  /** Why the run cannot run so on that service (null if it can): its cost is what it would be billed if it could. */
  problem: string | null;
}

/** One run's cost under a price model; `configuredMb` overrides the memory it is configured with (usage-based models). */
export function runCost(run: RunUsage, prices: PriceModel, configuredMb?: number): RunCost {
  switch (prices.model) {
    case "seed": {
      const cost = run.partition !== null && Object.hasOwn(prices.perRun, run.partition) ? prices.perRun[run.partition] : null;
      return {cost, billedMemoryMb: null, billedSeconds: null, problem: null};
    }
    case "lambda":
      return lambdaCost(run, prices, configuredMb);
    case "fargate":
      return fargateCost(run, prices, configuredMb);
    case "instance":
      return instanceCost(run, prices, configuredMb);
  }
}

/** The problems that apply, in one phrase; null when none. Called once per run and size: no array is made when none apply. */
export function joined(...problems: (string | null)[]): string | null {
  let phrase: string | null = null;
  for (const problem of problems) if (problem !== null) phrase = phrase === null ? problem : `${phrase}; ${problem}`;
  return phrase;
}

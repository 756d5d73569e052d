import {fargateCost} from "./fargateCost";
import {instanceCost} from "./instanceCost";
import {lambdaCost} from "./lambdaCost";
import type {PriceModel, RunCost, RunUsage} from "./priceModel";

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

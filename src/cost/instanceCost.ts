import type {InstancePrices, RunCost, RunUsage} from "./priceModel";
import {joined} from "./joined";
import {roundUp} from "./roundUp";

/**
 * One run's share of a machine kept full: the machine is cut into as many equal slots as runs of this memory fit
 * (`configuredMb`, by default the run's measured memory), at most one per vCPU; the run pays its slot, the hourly price ÷
 * slots, for its duration rounded up to the second. A run larger than the machine takes it whole and is flagged.
 */
export function instanceCost({memoryMb, seconds}: RunUsage, prices: InstancePrices, configuredMb = prices.memoryMb): RunCost {
  const machineMb = prices.memoryGb * 1024;
  const slotMb = configuredMb ?? memoryMb;
  const slots = Math.max(1, Math.min(prices.vcpu, Math.floor(machineMb / slotMb)));
  const billedSeconds = roundUp(seconds, 1);
  const problem = joined(
    memoryMb > machineMb ? `memory over the ${prices.instanceType}'s ${prices.memoryGb} GB` : memoryMb > slotMb ? `memory over the configured ${slotMb} MB` : null,
    slotMb > machineMb && memoryMb <= machineMb ? `configured memory over the ${prices.instanceType}'s ${prices.memoryGb} GB` : null,
  );
  return {cost: (prices.perHour / slots) * (billedSeconds / 3600), billedMemoryMb: slotMb, billedSeconds, slots, problem};
}

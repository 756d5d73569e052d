import {FARGATE_MAX, fargateTaskSize} from "./fargateTaskSize";
import type {FargatePrices, RunCost, RunUsage} from "./priceModel";
import {joined} from "./joined";
import {roundUp} from "./roundUp";

/**
 * One run as one Fargate task: (vCPUs × price per vCPU-hour + GB × price per GB-hour) × duration rounded up to the
 * second, at least one minute. The task size is the price file's, or the cheapest that holds `configuredMb` (by default
 * the run's measured memory).
 */
export function fargateCost({memoryMb, seconds}: RunUsage, prices: FargatePrices, configuredMb?: number): RunCost {
  const fixed = configuredMb === undefined && prices.vcpu !== undefined && prices.memoryGb !== undefined;
  const size = fixed ? {vcpu: prices.vcpu!, memoryGb: prices.memoryGb!} : fargateTaskSize((configuredMb ?? memoryMb) / 1024);
  const billedSeconds = Math.max(60, roundUp(seconds, 1));
  const problem = joined(
    memoryMb > FARGATE_MAX.memoryGb * 1024 ? "memory over Fargate's 120 GB" : memoryMb > size.memoryGb * 1024 ? `memory over the task's ${size.memoryGb} GB` : null,
    size.memoryGb > FARGATE_MAX.memoryGb && memoryMb <= FARGATE_MAX.memoryGb * 1024 ? "task memory over Fargate's 120 GB" : null,
  );
  const cost = (size.vcpu * prices.perVcpuHour + size.memoryGb * prices.perGbHour) * (billedSeconds / 3600);
  return {cost, billedMemoryMb: size.memoryGb * 1024, billedSeconds, vcpu: size.vcpu, problem};
}

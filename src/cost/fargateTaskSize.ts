import {roundUp} from "./roundUp";

/** Fargate's task sizes: for each vCPU count, its memory range and step in GB (Linux, as documented by AWS). */
const SIZES = [
  {vcpu: 0.25, from: 0.5, to: 2, steps: [0.5, 1, 2]},
  {vcpu: 0.5, from: 1, to: 4, step: 1},
  {vcpu: 1, from: 2, to: 8, step: 1},
  {vcpu: 2, from: 4, to: 16, step: 1},
  {vcpu: 4, from: 8, to: 30, step: 1},
  {vcpu: 8, from: 16, to: 60, step: 4},
  {vcpu: 16, from: 32, to: 120, step: 8},
] as const;

/** Fargate's largest task: 16 vCPU, 120 GB. */
export const FARGATE_MAX = {vcpu: 16, memoryGb: 120};

/**
 * The cheapest Fargate task size holding this much memory (GB): the fewest vCPUs whose range reaches it, memory rounded
 * up to that range's step. Past 120 GB, 16 vCPU and memory in 8 GB steps: a size Fargate does not offer.
 */
export function fargateTaskSize(memoryGb: number): {vcpu: number; memoryGb: number} {
  const size = SIZES.find((s) => memoryGb <= s.to) ?? SIZES[SIZES.length - 1];
  const memory = "steps" in size ? size.steps.find((m) => m >= memoryGb)! : Math.max(size.from, roundUp(memoryGb, size.step) * size.step);
  return {vcpu: size.vcpu, memoryGb: memory};
}

/** Whether Fargate offers this task size. */
export function isFargateTaskSize(vcpu: number, memoryGb: number): boolean {
  const size = SIZES.find((s) => s.vcpu === vcpu);
  if (!size) return false;
  if ("steps" in size) return (size.steps as readonly number[]).includes(memoryGb);
  return memoryGb >= size.from && memoryGb <= size.to && Number.isInteger(memoryGb / size.step);
}

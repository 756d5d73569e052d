import type {LambdaPrices, RunCost, RunUsage} from "./priceModel";
import {joined} from "./joined";
import {roundUp} from "./roundUp";

/** Lambda's limits: configured memory from 128 MB to 10,240 MB, and a 900 s timeout. */
export const LAMBDA_LIMITS = {minMemoryMb: 128, maxMemoryMb: 10240, timeoutSeconds: 900};

/**
 * One run as one Lambda invocation: configured memory (the price file's, or the run's measured memory rounded up to
 * 1 MB, at least 128 MB) × duration rounded up to the millisecond × price per GB-second, plus one request.
 */
export function lambdaCost({memoryMb, seconds}: RunUsage, prices: LambdaPrices, configuredMb = prices.memoryMb): RunCost {
  const billedMb = configuredMb ?? Math.max(LAMBDA_LIMITS.minMemoryMb, roundUp(memoryMb, 1));
  const billedSeconds = roundUp(seconds, 0.001) / 1000;
  const problem = joined(
    memoryMb > LAMBDA_LIMITS.maxMemoryMb ? "memory over Lambda's 10,240 MB" : memoryMb > billedMb ? `memory over the configured ${billedMb} MB` : null,
    billedMb > LAMBDA_LIMITS.maxMemoryMb && memoryMb <= LAMBDA_LIMITS.maxMemoryMb ? "configured memory over Lambda's 10,240 MB" : null,
    seconds > LAMBDA_LIMITS.timeoutSeconds ? "time over Lambda's 900 s" : null,
  );
  const cost = (billedMb / 1024) * billedSeconds * prices.perGbSecond + prices.perMillionRequests / 1e6;
  return {cost, billedMemoryMb: billedMb, billedSeconds, problem};
}

import type {Plan} from "./types";

/** Throws on the first rule a plan breaks; returns the plan otherwise. */
export function checkPlan(plan: Plan): Plan {
  if (plan.prefixes.length === 0) throw new Error("plan.prefixes: empty");
  plan.prefixes.forEach((prefix, i) => {
    if (!/^[1-9][0-9]*(KB|MB|GB|TB)$/.test(prefix)) fail(`plan.prefixes[${i}]`, "not a data size like 25MB", prefix);
  });
  unique("plan.prefixes", plan.prefixes);
  if (plan.fileLimits.length === 0) throw new Error("plan.fileLimits: empty");
  plan.fileLimits.forEach((limit, i) => positive(`plan.fileLimits[${i}]`, limit, 99999));
  unique("plan.fileLimits", plan.fileLimits);
  positive("plan.repetitions", plan.repetitions, 9999);
  positive("plan.batchSize", plan.batchSize);
  positive("plan.numBatches", plan.numBatches);
  positive("plan.firstExperiment", plan.firstExperiment);
  // S3 bucket naming rules, less the rare dotted forms.
  if (!/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(plan.bucket) || plan.bucket.includes("--")) {
    fail("plan.bucket", "not an S3 bucket name", plan.bucket);
  }
  return plan;
}

function positive(place: string, value: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < 1) fail(place, "not a positive integer", value);
  if (value > max) fail(place, `above ${max}`, value);
}

function unique(place: string, values: readonly (string | number)[]): void {
  const seen = new Set<string | number>();
  for (const value of values) {
    if (seen.has(value)) fail(place, "duplicate", value);
    seen.add(value);
  }
}

function fail(place: string, problem: string, value: unknown): never {
  throw new Error(`${place}: ${problem}: ${String(value)}`);
}

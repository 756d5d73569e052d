import {defaultPlan} from "./defaultPlan";
import type {Plan} from "./types";

/** The plan that makes `jobs` jobs from the given prefixes and file limits, by choosing the repetitions. */
export function planForJobs(jobs: number, plan: Partial<Plan> = {}): Plan {
  const full = {...defaultPlan, ...plan};
  const experiments = full.prefixes.length * full.fileLimits.length;
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`jobs: not a positive integer: ${jobs}`);
  if (experiments === 0 || jobs % experiments !== 0) {
    const of = `${full.prefixes.length} prefixes × ${full.fileLimits.length} file limits`;
    throw new Error(`jobs: not a multiple of ${experiments} (${of}): ${jobs}`);
  }
  return {...full, repetitions: jobs / experiments};
}

import {checkPlan} from "./checkPlan";
import type {Job, Plan} from "./types";

/**
 * The job list of a plan: one experiment per data prefix and file limit, numbered from
 * `firstExperiment`; run r of an experiment with file limit L reads shard (r - 1) mod L and writes
 * `results/ExperimentN/run-RRRR.json`, the layout the analysis reads.
 */
export function buildJobs(plan: Plan): Job[] {
  checkPlan(plan);
  const jobs: Job[] = [];
  let experiment = plan.firstExperiment;
  for (const prefix of plan.prefixes) {
    for (const limit of plan.fileLimits) {
      for (let run = 1; run <= plan.repetitions; run++) {
        const name = `Experiment${experiment}`;
        const runId = `run-${pad(run, 4)}`;
        jobs.push({
          job_id: `${name}-${runId}`,
          bucket: plan.bucket,
          data_path: `${prefix}/shard-${pad((run - 1) % limit, 5)}.tar`,
          batch_size: plan.batchSize,
          num_batches: plan.numBatches,
          result_path: `results/${name}/${runId}.json`,
        });
      }
      experiment++;
    }
  }
  return jobs;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

import type {Plan} from "./types";

/**
 * The seed's 240-job batch: the four partitions of its cost table, the five file limits of its
 * summary table, twelve runs each; 512 samples a batch as in the seed's overview.
 */
export const defaultPlan: Plan = {
  prefixes: ["25MB", "50MB", "75MB", "100MB"],
  fileLimits: [2, 4, 6, 8, 10],
  repetitions: 12,
  bucket: "benchmark-data",
  batchSize: 512,
  numBatches: 10,
  firstExperiment: 1,
};

/** One row of the seed's summary table, exactly as printed (2 decimals). */
export interface SeedExperiment {
  experiment: string;
  dataPrefix: string;
  fileLimit: number;
  cpuTime: number;
  cpuMemory: number;
  execTime: number;
  throughputMBps: number;
  samplesPerSec: number;
}

/** One row of the seed's partition cost table, exactly as printed. */
export interface SeedPartition {
  partition: string;
  requests: number;
  durationS: number;
  memoryGB: number;
  cost: number | null;
}

const row = (
  experiment: string,
  dataPrefix: string,
  fileLimit: number,
  cpuTime: number,
  cpuMemory: number,
  execTime: number,
  throughputMBps: number,
  samplesPerSec: number,
): SeedExperiment => ({experiment, dataPrefix, fileLimit, cpuTime, cpuMemory, execTime, throughputMBps, samplesPerSec});

/** The seed's summary table (Experiment, Data Prefix, File Limit, Avg CPU Time, Avg CPU Memory, Avg Exec Time per Batch, Avg Throughput MB/s, Avg Samples/s). */
export const seedExperiments: readonly SeedExperiment[] = [
  row("Experiment1", "100MB", 2, 25.34, 14295.35, 0.33, 5.09, 201.66),
  row("Experiment2", "10MB", 4, 3.56, 7151.39, 3.57, 23.7, 144.36),
  row("Experiment3", "10MB", 2, 3.56, 7151.39, 3.57, 23.7, 144.36),
  row("Experiment4", "10MB", 4, 3.56, 7151.39, 3.57, 23.7, 144.36),
  row("Experiment5", "10MB", 6, 3.56, 7151.39, 3.57, 23.7, 144.36),
  row("Experiment6", "10MB", 8, 3.56, 7151.39, 3.57, 23.7, 144.36),
  row("Experiment7", "25MB", 10, 7.28, 17864.66, 2.92, 31.04, 189.07),
  row("Experiment8", "25MB", 2, 7.28, 17864.66, 2.92, 31.04, 189.07),
  row("Experiment9", "25MB", 4, 7.28, 17864.66, 2.92, 31.04, 189.07),
  row("Experiment10", "25MB", 6, 7.28, 17864.66, 2.92, 31.04, 189.07),
  row("Experiment11", "50MB", 8, 11.89, 35579.8, 2.4, 37.05, 225.67),
  row("Experiment15", "50MB", 10, 11.89, 35579.8, 2.4, 37.05, 225.67),
  row("Experiment16", "75MB", 2, 18.37, 53229.6, 2.47, 37.21, 226.64),
  row("Experiment17", "75MB", 4, 18.37, 53229.6, 2.47, 37.21, 226.64),
  row("Experiment18", "75MB", 6, 18.37, 53229.6, 2.47, 37.21, 226.64),
  row("Experiment19", "75MB", 8, 18.37, 53229.6, 2.47, 37.21, 226.64),
  row("Experiment20", "75MB", 10, 18.37, 53229.6, 2.47, 37.21, 226.64),
  row("Experiment21", "100MB", 2, 22.35, 70800.08, 2.28, 38.96, 237.35),
  row("Experiment22", "100MB", 4, 22.35, 70800.08, 2.28, 38.96, 237.35),
  row("Experiment23", "100MB", 6, 22.35, 70800.08, 2.28, 38.96, 237.35),
  row("Experiment24", "100MB", 8, 22.35, 70800.08, 2.28, 38.96, 237.35),
  row("Experiment25", "100MB", 10, 22.35, 70800.08, 2.28, 38.96, 237.35),
];

/** The seed's partition cost table (partition, Requests, Duration_s, Memory_GB, Cost ($); NaN printed as null). */
export const seedPartitions: readonly SeedPartition[] = [
  {partition: "10MB", requests: 100, durationS: 3.56, memoryGB: 7.0, cost: null},
  {partition: "25MB", requests: 1600, durationS: 7.28, memoryGB: 17.4, cost: 0.16},
  {partition: "50MB", requests: 410, durationS: 11.89, memoryGB: 34.7, cost: 0.2},
  {partition: "75MB", requests: 685, durationS: 18.37, memoryGB: 52.0, cost: 0.3},
  {partition: "100MB", requests: 615, durationS: 22.84, memoryGB: 60.2, cost: 0.38},
];

/** Total runs the seed's overview states. */
export const seedRunCount = 3410;

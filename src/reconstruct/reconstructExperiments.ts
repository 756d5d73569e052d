import {baseRuns, type BaseRun} from "./baseRuns";
import {deriveSeed} from "./deriveSeed";
import {formatRun} from "./formatRun";
import {duplicateGroups, fileOrder} from "./layout";
import {mulberry32} from "./mulberry32";
import {seedExperiments, type SeedExperiment} from "./seedTable";
import {shuffle} from "./shuffle";

export interface ReconstructOptions {
  /** Seed of every random stream; the committed data file uses the default. */
  seed?: number;
}

/** The default seed of the committed data/All Experiments.txt. */
export const defaultSeed = 20240611;

/** The full text of a reconstructed "All Experiments.txt", deterministic for a given seed. */
export function reconstructExperiments({seed = defaultSeed}: ReconstructOptions = {}): string {
  const runs = new Map<string, BaseRun[]>();
  for (const group of duplicateGroups) {
    const target = groupTarget(group.experiments);
    const base = baseRuns(target, group.runs, mulberry32(deriveSeed(seed, group.experiments.join(","))));
    for (const experiment of group.experiments) {
      runs.set(experiment, shuffle(base, mulberry32(deriveSeed(seed, experiment))));
    }
  }
  const sections = fileOrder.map((experiment) => {
    const experimentRuns = runs.get(experiment);
    if (!experimentRuns) throw new Error(`experiment in no group: ${experiment}`);
    const partition = seedRow(experiment).dataPrefix;
    const lines = experimentRuns.map((run, i) => `  ${formatRun(run, {partition, experiment, index: i + 1})}`);
    return `${experiment}\n[\n${lines.join(",\n")}\n]\n`;
  });
  return sections.join("\n");
}

function groupTarget(experiments: readonly string[]): SeedExperiment {
  const [first, ...rest] = experiments.map(seedRow);
  const metrics = (row: SeedExperiment) =>
    [row.dataPrefix, row.cpuTime, row.cpuMemory, row.execTime, row.throughputMBps, row.samplesPerSec].join();
  const odd = rest.find((row) => metrics(row) !== metrics(first));
  if (odd) throw new Error(`experiment differs from its duplicate group: ${odd.experiment}`);
  return first;
}

function seedRow(experiment: string): SeedExperiment {
  const row = seedExperiments.find((r) => r.experiment === experiment);
  if (!row) throw new Error(`experiment not in the seed table: ${experiment}`);
  return row;
}

import {exactMean} from "./exactMean";
import type {SeedExperiment} from "./seedTable";
import {places, toUnits} from "./units";

/** One run's values, every metric an integer in the unit given by `places`. */
export interface BaseRun {
  shard: number;
  rank?: number;
  cpuTime: number;
  cpuMemory: number;
  execTime: number;
  throughput: number;
  samplesPerSec: number;
  processMemory: number;
  imageMemory: number;
  modelMemory: number;
  libraryMemory: number;
  numBatches: number;
}

/**
 * Runs whose five summary metrics have exactly the means printed in the seed row; values vary with
 * seeded noise, and a shared speed factor couples execution time, throughput and samples/s.
 */
export function baseRuns(target: SeedExperiment, runs: number, random: () => number): BaseRun[] {
  const draws = Array.from({length: runs}, () => draw(random));
  const column = (key: keyof Draw, value: number, decimals: number) =>
    exactMean(draws.map((d) => d[key] as number), toUnits(value, decimals));
  const cpuTime = column("cpuTime", target.cpuTime, places.cpuTime);
  const cpuMemory = column("cpuMemory", target.cpuMemory, places.memory);
  const execTime = column("execTime", target.execTime, places.execTime);
  const throughput = column("throughput", target.throughputMBps * 1e6, places.throughput);
  const samplesPerSec = column("samplesPerSec", target.samplesPerSec, places.samplesPerSec);
  return draws.map((d, i) => {
    const processMemory = Math.floor(cpuMemory[i] * d.processShare);
    return {
      shard: i,
      ...(d.rank === undefined ? {} : {rank: d.rank}),
      cpuTime: cpuTime[i],
      cpuMemory: cpuMemory[i],
      execTime: execTime[i],
      throughput: throughput[i],
      samplesPerSec: samplesPerSec[i],
      processMemory,
      imageMemory: Math.floor(processMemory * d.imageShare),
      modelMemory: Math.floor(processMemory * d.modelShare),
      libraryMemory: Math.floor(processMemory * d.libraryShare),
      numBatches: Math.max(1, Math.round(cpuTime[i] / execTime[i])),
    };
  });
}

interface Draw {
  cpuTime: number;
  cpuMemory: number;
  execTime: number;
  throughput: number;
  samplesPerSec: number;
  processShare: number;
  imageShare: number;
  modelShare: number;
  libraryShare: number;
  rank: number | undefined;
}

function draw(random: () => number): Draw {
  const speed = normal(random);
  const coupled = (spread: number, sign: number) => 1 + spread * (0.6 * sign * speed + 0.8 * normal(random));
  const between = (low: number, high: number) => low + (high - low) * random();
  return {
    cpuTime: 1 + 0.12 * normal(random),
    cpuMemory: 1 + 0.05 * normal(random),
    execTime: coupled(0.1, -1),
    throughput: coupled(0.08, 1),
    samplesPerSec: coupled(0.08, 1),
    processShare: between(0.62, 0.86),
    imageShare: between(0.28, 0.4),
    modelShare: between(0.14, 0.22),
    libraryShare: between(0.04, 0.1),
    rank: random() < 0.35 ? Math.floor(random() * 4) : undefined,
  };
}

// Irwin–Hall with three uniforms: mean 0, sd 1, bounded to ±3, and plain arithmetic only, so the
// output is bit-identical on every platform (no log/cos as in Box–Muller).
function normal(random: () => number): number {
  return (random() + random() + random() - 1.5) * 2;
}

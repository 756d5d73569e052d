import {expect} from "chai";
import {reconstructExperiments} from "../../src/reconstruct/reconstructExperiments";
import {seedExperiments, seedPartitions} from "../../src/reconstruct/seedTable";
import {column, mean, readData, sections, type Run, type Section} from "./sections";

// As the task states them, independent of src/reconstruct/layout.ts.
const expectedOrder = [3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 1, 2];
const expectedRuns: Record<number, number> = {1: 100, 11: 205, 15: 205};
[2, 3, 4, 5, 6].forEach((i) => (expectedRuns[i] = 20));
[7, 8, 9, 10].forEach((i) => (expectedRuns[i] = 400));
[16, 17, 18, 19, 20].forEach((i) => (expectedRuns[i] = 137));
[21, 22, 23, 24, 25].forEach((i) => (expectedRuns[i] = 103));

const metricKeys = [
  "execution_time (seconds/batch)",
  "library_overhead_memory (MB)",
  "num_batches",
  "sample_persec",
  "throughput_bps",
  "total_cpu_memory (MB)",
  "total_cpu_time (seconds)",
  "total_image_memory (MB)",
  "total_model_memory (MB)",
  "total_process_memory (MB)",
];
const keyOrder = ["batch_size", "data_path", "device", ...metricKeys.slice(0, 3), "result_path", ...metricKeys.slice(3)];

describe("reconstructExperiments(options)", () => {
  const text = readData();
  const file = sections(text);
  const all = file.flatMap((s) => s.runs);

  it("is deterministic and reproduces the committed data file byte for byte", () => {
    const generated = reconstructExperiments();
    expect(generated === reconstructExperiments()).to.equal(true);
    expect(firstDifference(generated, text), "regenerate with: npm run reconstruct").to.equal(null);
  });
  it("gives other runs for another seed, with the same means", () => {
    const other = reconstructExperiments({seed: 1});
    expect(other).not.to.equal(text);
    expectSeedMeans(sections(other));
  });
  it("writes the sections in the order that yields the seed's File Limit column", () => {
    expect(file.map((s) => s.experiment)).to.deep.equal(expectedOrder.map((i) => `Experiment${i}`));
    expect(text.split(/^Experiment\d+$/m)).to.have.length(23);
    expect(text.endsWith("]\n")).to.equal(true);
  });
  it("has the stated number of runs per experiment, 3410 in all", () => {
    for (const s of file) expect(s.runs.length, s.experiment).to.equal(expectedRuns[number(s.experiment)]);
    expect(all).to.have.length(3410);
  });
  it("writes every run with the seed's keys and sensible values", () => {
    expect(file.flatMap((s) => s.runs.flatMap((run, i) => problems(run, s.experiment, i)))).to.deep.equal([]);
    const ranked = all.filter((run) => "rank" in run).length;
    expect(ranked).to.be.within(1, all.length - 1);
  });
  it("gives each run its own result path", () => {
    expect(new Set(all.map((run) => run.result_path)).size).to.equal(all.length);
  });
  it("varies the values within each experiment", () => {
    for (const s of file) {
      for (const key of metricKeys.filter((k) => k !== "num_batches")) {
        expect(new Set(column(s.runs, key)).size, `${s.experiment} ${key}`).to.be.above(s.runs.length * 0.8);
      }
    }
  });
  it("has per-experiment means that round to the seed's summary table", () => {
    expectSeedMeans(file);
  });
  it("has the seed's partition table", () => {
    const partitions = [...new Set(all.map((run) => String(run.data_path).split("/")[0]))];
    const table = partitions.map((partition) => {
      const runs = all.filter((run) => String(run.data_path).split("/")[0] === partition);
      return {
        partition,
        requests: runs.length,
        durationS: round(mean(column(runs, "total_cpu_time (seconds)")), 2),
        memoryGB: round(mean(column(runs, "total_cpu_memory (MB)")) / 1024, 1),
      };
    });
    const expected = seedPartitions.map(({partition, requests, durationS, memoryGB}) => ({partition, requests, durationS, memoryGB}));
    expect(table.sort((a, b) => parseInt(a.partition) - parseInt(b.partition))).to.deep.equal(expected);
  });
  it("gives the experiments of a duplicate group the same runs in different orders", () => {
    const groups = [[2, 3, 4, 5, 6], [7, 8, 9, 10], [11, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]];
    const byNumber = (i: number) => file.find((s) => s.experiment === `Experiment${i}`)!;
    for (const group of groups) {
      const [first, ...rest] = group.map(byNumber);
      for (const s of rest) {
        expect(fingerprints(s).slice().sort(), s.experiment).to.deep.equal(fingerprints(first).slice().sort());
        expect(fingerprints(s), s.experiment).not.to.deep.equal(fingerprints(first));
      }
    }
    const experiment1 = new Set(fingerprints(byNumber(1)));
    expect(fingerprints(byNumber(21)).some((f) => experiment1.has(f))).to.equal(false);
  });
});

function expectSeedMeans(file: Section[]): void {
  for (const row of seedExperiments) {
    const s = file.find((x) => x.experiment === row.experiment);
    expect(s, row.experiment).to.not.equal(undefined);
    const avg = (key: string) => round(mean(column(s!.runs, key)), 2);
    expect(
      {
        cpuTime: avg("total_cpu_time (seconds)"),
        cpuMemory: avg("total_cpu_memory (MB)"),
        execTime: avg("execution_time (seconds/batch)"),
        throughputMBps: round(mean(column(s!.runs, "throughput_bps")) / 1e6, 2),
        samplesPerSec: avg("sample_persec"),
      },
      row.experiment,
    ).to.deep.equal({
      cpuTime: row.cpuTime,
      cpuMemory: row.cpuMemory,
      execTime: row.execTime,
      throughputMBps: row.throughputMBps,
      samplesPerSec: row.samplesPerSec,
    });
  }
}

function problems(run: Run, experiment: string, i: number): string[] {
  const found: string[] = [];
  const check = (ok: boolean, problem: string) => ok || found.push(`${experiment} run ${i + 1}: ${problem}`);
  const keys = Object.keys(run).filter((k) => k !== "rank");
  check(keys.join() === keyOrder.join(), `keys ${keys.join()}`);
  const prefix = seedExperiments.find((r) => r.experiment === experiment)!.dataPrefix;
  check(run.batch_size === 512, `batch_size ${run.batch_size}`);
  check(run.device === "cpu", `device ${run.device}`);
  check(new RegExp(`^${prefix}/shard-\\d{5}\\.tar$`).test(String(run.data_path)), `data_path ${run.data_path}`);
  check(new RegExp(`^results/${experiment}/run-\\d{4}\\.json$`).test(String(run.result_path)), `result_path ${run.result_path}`);
  check(!("rank" in run) || [0, 1, 2, 3].includes(run.rank as number), `rank ${run.rank}`);
  for (const key of metricKeys) check(typeof run[key] === "number" && (run[key] as number) > 0, `${key} ${run[key]}`);
  const n = (key: string) => run[key] as number;
  const batches = Math.max(1, Math.round(n("total_cpu_time (seconds)") / n("execution_time (seconds/batch)")));
  check(Number.isInteger(n("num_batches")) && n("num_batches") === batches, `num_batches ${n("num_batches")}`);
  check(n("total_process_memory (MB)") < n("total_cpu_memory (MB)"), "process memory not below cpu memory");
  const parts = n("total_image_memory (MB)") + n("total_model_memory (MB)") + n("library_overhead_memory (MB)");
  check(parts < n("total_process_memory (MB)"), "image + model + library memory not below process memory");
  return found;
}

function fingerprints(s: Section): string[] {
  return s.runs.map(({result_path: _, ...rest}) => JSON.stringify(rest));
}

function firstDifference(generated: string, committed: string): string | null {
  if (generated === committed) return null;
  const a = generated.split("\n");
  const b = committed.split("\n");
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: generated ${a[at]?.slice(0, 120)} | committed ${b[at]?.slice(0, 120)}`;
}

function round(value: number, places: number): number {
  return Number(value.toFixed(places));
}

function number(experiment: string): number {
  return Number(experiment.replace("Experiment", ""));
}

import {mkdirSync, writeFileSync} from "node:fs";
import {cpus, loadavg} from "node:os";
import {join} from "node:path";
import {parseArgs} from "node:util";
import pl from "nodejs-polars";
import {analyseFile} from "../src/analyse";
import {mulberry32} from "../src/reconstruct";
import {compareGroups, runStatistics} from "../src/stats";

// npm run bench (after scripts/bench.ts), or on its own: npx tsx scripts/benchCompare.ts [--copies 300] [--reps 5]
// The comparisons at scale: the bundled runs copied `copies` times (300: 1,023,000 runs in 6,600 experiments), each
// copy renumbered and moved by seeded noise, then every experiment compared with the baseline, in this process,
// after one warm-up; medians to stdout and results/benchCompare.md.
const {values} = parseArgs({options: {copies: {type: "string", default: "300"}, reps: {type: "string", default: "5"}}});
const copies = Number(values.copies);
const reps = Number(values.reps);

const runs = copiedRuns(copies);
const experiments = runs.getColumn("experiment").nUnique();
const cases: [string, (frame: pl.DataFrame) => pl.DataFrame][] = [
  ["baseline mode, CPU time", (frame) => compareGroups(frame, {metrics: ["total_cpu_time"]})],
  ["baseline mode, all five metrics", (frame) => compareGroups(frame)],
  ["statistics with intervals, all five metrics", (frame) => runStatistics(frame)],
];
const load = [loadavg()[0]];
const lines: string[] = [];
for (const [name, work] of cases) {
  work(runs.clone());
  const times: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    // A fresh frame each time: the sort groupSamples caches per frame is part of the work measured.
    const frame = runs.clone();
    const start = process.hrtime.bigint();
    const out = work(frame);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (out.height === 0) throw new Error(`${name}: no rows`);
    load.push(loadavg()[0]);
  }
  times.sort((a, b) => a - b);
  const line = `| ${name} | ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s | ${(times[0] / 1000).toFixed(2)}–${(times.at(-1)! / 1000).toFixed(2)} s |`;
  console.error(line);
  lines.push(line);
}
const table = ["| work | median | range |", "| --- | --- | --- |", ...lines].join("\n");
const context = [
  `${runs.height.toLocaleString("en")} runs in ${experiments.toLocaleString("en")} experiments (the bundled runs × ${copies}, seeded noise).`,
  `Median of ${reps} runs in one process after a warm-up. Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version};`,
  `1-minute load average during the run: ${Math.min(...load).toFixed(2)} to ${Math.max(...load).toFixed(2)} (other work on the machine inflates times).`,
];
const markdown = ["# Benchmark: comparisons", "", ...context, "", table, ""].join("\n");
console.log(`\n${context.join("\n")}\n\n${table}`);
mkdirSync("results", {recursive: true});
writeFileSync(join("results", "benchCompare.md"), markdown);
console.log(`\nwrote results/benchCompare.md`);

/** The bundled runs, copied: copy c renames ExperimentN to Experiment(N + 25c) and scales each run's metrics by 1 ± 5%. */
function copiedRuns(n: number): pl.DataFrame {
  const base = analyseFile("data/All Experiments.txt").runs.select("experiment", "partition", "total_cpu_time", "total_cpu_memory", "execution_time", "throughput_bps", "sample_persec");
  const random = mulberry32(20261201);
  const names = base.getColumn("experiment").toArray() as string[];
  const frames = Array.from({length: n}, (_, copy) => {
    const noise = Array.from({length: base.height}, () => 0.95 + random() / 10);
    return base.withColumns(
      pl.Series("experiment", names.map((name) => `Experiment${Number(name.slice(10)) + 25 * copy}`)),
      pl.Series("noise", noise),
    );
  });
  const all = pl.concat(frames);
  const metrics = ["total_cpu_time", "total_cpu_memory", "execution_time", "throughput_bps", "sample_persec"];
  return all.withColumns(...metrics.map((m) => pl.col(m).mul(pl.col("noise")).alias(m))).drop("noise");
}

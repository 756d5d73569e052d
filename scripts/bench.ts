import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from "node:fs";
import {cpus, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {compareTables} from "./bench/compareTables";
import {generateResults} from "./bench/generate";
import {measure, median, type Measurement, type Method} from "./bench/measure";
import {reportTable, type Row} from "./bench/report";

// npm run bench [-- --quick] [-- --reps N]: generated results files of about 10k, 100k and 1M runs,
// each analysed by (a) the project's pipeline, (b) the JSON.parse floor and (c) the seed's pandas
// code, alternating, every run in its own process; medians to stdout and results/bench.md.
const {values} = parseArgs({options: {quick: {type: "boolean", default: false}, reps: {type: "string"}}});
const copies = values.quick ? [3, 30] : [3, 30, 300];
const reps = Number(values.reps ?? (values.quick ? 3 : 5));
const PYTHON = "/usr/bin/python3";
const node = (script: string) => ({command: process.execPath, args: (file: string) => ["--require", "tsx/cjs", join(__dirname, "bench", script), file]});
const methods: Method[] = [
  {id: "a", name: "(a) pipeline", ...node("pipeline.ts")},
  {id: "b", name: "(b) JSON.parse floor", ...node("floor.ts")},
  {id: "c", name: "(c) pandas", command: PYTHON, args: (file) => [join(__dirname, "bench", "pandas_reference.py"), file]},
];
const pandas = spawnSync(PYTHON, ["-c", "import pandas; print(pandas.__version__)"], {encoding: "utf8"});
if (pandas.status !== 0) {
  console.error(`(c) skipped: pandas is not importable by ${PYTHON} (install python3-pandas)`);
  methods.pop();
}

const folder = mkdtempSync(join(tmpdir(), "bench-analysis-"));
const load = [loadavg()[0]];
const rows: Row[] = [], notes: string[] = [];
try {
  for (const n of copies) {
    const file = join(folder, `results-${n}.txt`);
    const runs = generateResults(file, n);
    const bytes = statSync(file).size;
    const times: Record<string, Measurement[]> = {};
    for (let rep = 0; rep < reps; rep++) {
      for (let k = 0; k < methods.length; k++) {
        const method = methods[(rep + k) % methods.length];
        const result = measure(method, file);
        if (result.runs !== runs) throw new Error(`${method.name} read ${result.runs} runs of ${runs}`);
        (times[method.id] ??= []).push(result);
        console.error(`${runs} runs, ${method.name}: ${(result.ms / 1000).toFixed(2)} s, ${(result.maxRss / 2 ** 20).toFixed(0)} MB`);
      }
      load.push(loadavg()[0]);
    }
    if (times.c) {
      const problems = compareTables(times.a[0].tables!, times.c[0].tables!);
      notes.push(`${runs} runs: ${problems.length === 0 ? "(a) and (c) give the same tables" : `(a) and (c) differ: ${problems.slice(0, 5).join("; ")}`}`);
    }
    const results = Object.fromEntries(Object.entries(times).map(([id, list]) => [id, {ms: median(list.map((m) => m.ms)), maxRss: median(list.map((m) => m.maxRss))}]));
    rows.push({runs, bytes, results});
  }
} finally {
  rmSync(folder, {recursive: true, force: true});
}

const table = reportTable(rows);
const context = [
  `Medians of ${reps} runs per method and size, alternating methods; each run in its own process, timing the work`,
  `from opening the file to both tables (process start and imports excluded), peak memory = the process's max RSS.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}${pandas.status === 0 ? `, pandas ${pandas.stdout.trim()}` : ""};`,
  `1-minute load average during the run (its own processes included): ${Math.min(...load).toFixed(2)} to ${Math.max(...load).toFixed(2)} (other work on the machine inflates times).`,
];
const markdown = ["# Benchmark", "", ...context, "", table, "", ...notes.map((note) => `- ${note}`), ""].join("\n");
console.log(`\n${table}\n\n${notes.join("\n")}`);
mkdirSync("results", {recursive: true});
writeFileSync(join("results", "bench.md"), markdown);
console.log(`\nwrote results/bench.md`);

import {spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from "node:fs";
import {cpus, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {compareTables} from "./bench/compareTables";
import {generateResults} from "./bench/generate";
import {LAYOUTS, type Layout} from "./bench/layouts";
import {measure, median, type Measurement, type Method} from "./bench/measure";
import {reportTable, type Row} from "./bench/report";
import {timeStart} from "./bench/timeStart";

// npm run bench [-- --quick] [-- --reps N] [-- --layouts "compact,CRLF"] [-- --no-start]: generated
// results files of about 10k, 100k and 1M runs in each layout, each analysed by (a) the project's
// pipeline, (b) the JSON.parse floor and (c) the seed's pandas code, alternating, every run in its own
// process; then `npm start` once per layout on the largest file. Medians to stdout and results/bench.md.
const {values} = parseArgs({options: {quick: {type: "boolean", default: false}, reps: {type: "string"}, layouts: {type: "string"}, "no-start": {type: "boolean", default: false}}});
const copies = values.quick ? [3, 30] : [3, 30, 300];
const reps = Number(values.reps ?? (values.quick ? 3 : 5));
const layouts = (values.layouts?.split(",").map((l) => l.trim()) ?? LAYOUTS) as Layout[];
for (const layout of layouts) if (!LAYOUTS.includes(layout)) throw new Error(`unknown layout: ${layout} (one of ${LAYOUTS.join(", ")})`);
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
const firstTables = new Map<number, {layout: Layout; tables: Measurement["tables"]}>();
const started = Date.now();
try {
  for (const n of copies) {
    for (const layout of layouts) {
      const file = join(folder, `results-${n}-${LAYOUTS.indexOf(layout)}.txt`);
      const runs = generateResults(file, n, layout);
      const bytes = statSync(file).size;
      const times: Record<string, Measurement[]> = {};
      for (let rep = 0; rep < reps; rep++) {
        for (let k = 0; k < methods.length; k++) {
          const method = methods[(rep + k) % methods.length];
          const result = measure(method, file);
          if (result.runs !== runs) throw new Error(`${method.name} read ${result.runs} runs of ${runs} (${layout})`);
          (times[method.id] ??= []).push(result);
          console.error(`${layout}, ${runs} runs, ${method.name}: ${(result.ms / 1000).toFixed(2)} s, ${(result.maxRss / 2 ** 20).toFixed(0)} MB`);
        }
        load.push(loadavg()[0]);
      }
      if (times.c) {
        const problems = compareTables(times.a[0].tables!, times.c[0].tables!);
        if (problems.length > 0) notes.push(`${layout}, ${runs} runs: (a) and (c) differ: ${problems.slice(0, 5).join("; ")}`);
      }
      const first = firstTables.get(n) ?? firstTables.set(n, {layout, tables: times.a[0].tables}).get(n)!;
      const differ = JSON.stringify(first.tables) !== JSON.stringify(times.a[0].tables);
      if (differ) notes.push(`${layout}, ${runs} runs: tables differ from those of ${first.layout}`);
      const results = Object.fromEntries(Object.entries(times).map(([id, list]) => [id, {ms: median(list.map((m) => m.ms)), maxRss: median(list.map((m) => m.maxRss))}]));
      const start = !values["no-start"] && n === copies[copies.length - 1] ? timeStart(file, folder) : undefined;
      if (start) console.error(`${layout}, ${runs} runs, npm start: ${(start.ms / 1000).toFixed(2)} s, ${(start.maxRss / 2 ** 20).toFixed(0)} MB`);
      rows.push({layout, runs, bytes, results, start});
      rmSync(file);
    }
  }
} finally {
  rmSync(folder, {recursive: true, force: true});
}
if (!notes.some((note) => note.includes("differ"))) notes.unshift(`every layout gave the same tables as ${layouts[0]}${methods.length > 2 ? ", and (a) the same as (c) pandas" : ""}, at every size`);

const table = reportTable(rows);
const minutes = ((Date.now() - started) / 60000).toFixed(0);
const context = [
  `Medians of ${reps} runs per method, layout and size, alternating methods; each run in its own process, timing the work`,
  `from opening the file to both tables (process start and imports excluded), peak memory = the process's max RSS.`,
  `"npm start" is one run of the whole command (charts and all, process start included) on the largest file of each layout.`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}${pandas.status === 0 ? `, pandas ${pandas.stdout.trim()}` : ""}; the whole benchmark took ${minutes} min.`,
  `1-minute load average during the run (its own processes included): ${Math.min(...load).toFixed(2)} to ${Math.max(...load).toFixed(2)} (other work on the machine inflates times).`,
];
const markdown = ["# Benchmark", "", ...context, "", table, "", ...notes.map((note) => `- ${note}`), ""].join("\n");
console.log(`\n${table}\n\n${notes.join("\n")}`);
mkdirSync("results", {recursive: true});
writeFileSync(join("results", "bench.md"), markdown);
console.log(`\nwrote results/bench.md`);

// Then the statistics' scale: baseline mode over the largest size (its own script, so that it can run alone too).
const compare = spawnSync(process.execPath, ["--require", "tsx/cjs", join(__dirname, "benchCompare.ts"), "--reps", String(reps), "--copies", String(copies[copies.length - 1])], {stdio: "inherit"});
process.exitCode = compare.status ?? 1;

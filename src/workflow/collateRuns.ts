import type {StoredRun} from "./mockLambdas";

/**
 * The text of a results file from stored runs: one `ExperimentN` section per experiment folder of
 * their result paths, in experiment order, each a JSON list of runs in result-path order.
 */
export function collateRuns(runs: readonly StoredRun[]): string {
  const experiments = new Map<number, StoredRun[]>();
  for (const run of runs) {
    const match = /^results\/Experiment([0-9]+)\/run-[0-9]+\.json$/.exec(String(run.result_path));
    if (!match) throw new Error(`result_path: not results/ExperimentN/run-NNNN.json: ${String(run.result_path)}`);
    const n = Number(match[1]);
    if (!experiments.has(n)) experiments.set(n, []);
    experiments.get(n)!.push(run);
  }
  return [...experiments.keys()]
    .sort((a, b) => a - b)
    .map((n) => {
      const sorted = experiments.get(n)!.slice().sort((a, b) => (String(a.result_path) < String(b.result_path) ? -1 : 1));
      return `Experiment${n}\n[\n${sorted.map((run) => `  ${pythonJson(run)}`).join(",\n")}\n]\n`;
    })
    .join("");
}

// Python's json.dumps spacing, as in the results files the benchmark writes.
function pythonJson(run: StoredRun): string {
  return `{${Object.entries(run).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")}}`;
}

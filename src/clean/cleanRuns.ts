import pl from "nodejs-polars";
import type {ParsedResults} from "../parse";
import {runColumns, type RunColumn} from "../schema";
import {coerce, type CoercionKind} from "./coerce";
import {columnName} from "./columnName";

/** The runs of a results file as a typed frame, with an account of every value that was changed. */
export interface Runs {
  /** One row per run: index (file order), experiment, partition, then the run variables. */
  runs: pl.DataFrame;
  /** Run objects read from the file; every one of them is a row of `runs`. */
  read: number;
  /** Experiments in the order they first appear in the file, empty ones included. */
  experiments: string[];
  /** Values changed on the way in: experiment, column, kind, count, example. */
  coercions: pl.DataFrame;
  warnings: string[];
}

/**
 * Builds the runs frame: one row per run, every variable the seed lists in a typed column
 * (missing ones null), plus the experiment, the partition (first segment of data_path) and the
 * file-order index. Unknown fields are ignored with a warning.
 */
export function cleanRuns({sections, warnings}: ParsedResults): Runs {
  const height = sections.reduce((n, s) => n + s.runs.length, 0);
  const columns = new Map<RunColumn, (number | string | null)[]>();
  for (const name of Object.keys(runColumns) as RunColumn[]) columns.set(name, new Array(height).fill(null));
  const experiment: string[] = new Array(height);
  const tally = new Tally();
  const unknown = new Map<string, Set<string>>();
  let row = 0;
  for (const {experiment: name, runs} of sections) {
    for (const run of runs) {
      experiment[row] = name;
      const seen = new Set<RunColumn>();
      for (const key of Object.keys(run)) {
        const column = columnName(key);
        if (column === undefined) {
          (unknown.get(key) ?? unknown.set(key, new Set()).get(key)!).add(name);
          continue;
        }
        if (seen.has(column)) tally.add(name, column, "repeated key, last used", key);
        seen.add(column);
        const {value, kind} = coerce(run[key], runColumns[column]);
        columns.get(column)![row] = value;
        if (kind) tally.add(name, column, kind, run[key]);
      }
      row++;
    }
  }
  const dataPath = columns.get("data_path") as (string | null)[];
  const runs = pl.DataFrame([
    pl.Series("index", Array.from({length: height}, (_, i) => i), pl.Int64),
    pl.Series("experiment", experiment, pl.Utf8),
    pl.Series("partition", dataPath.map((path) => (path === null ? null : path.split("/")[0])), pl.Utf8),
    ...[...columns].map(([name, values]) => pl.Series(name, values, DTYPES[runColumns[name]])),
  ]);
  return {
    runs,
    read: height,
    experiments: [...new Set(sections.map((s) => s.experiment))],
    coercions: tally.frame(),
    warnings: [...warnings, ...[...unknown].map(([key, names]) => `unknown field ignored: ${JSON.stringify(key)} (${[...names].join(", ")})`)],
  };
}

const DTYPES = {int: pl.Int64, float: pl.Float64, string: pl.Utf8};

class Tally {
  private counts = new Map<string, {experiment: string; column: string; kind: CoercionKind; count: number; example: string}>();

  add(experiment: string, column: string, kind: CoercionKind, value: unknown): void {
    const id = `${experiment}\0${column}\0${kind}`;
    const entry = this.counts.get(id);
    if (entry) entry.count++;
    else this.counts.set(id, {experiment, column, kind, count: 1, example: example(value)});
  }

  frame(): pl.DataFrame {
    const rows = [...this.counts.values()];
    return pl.DataFrame([
      pl.Series("experiment", rows.map((r) => r.experiment), pl.Utf8),
      pl.Series("column", rows.map((r) => r.column), pl.Utf8),
      pl.Series("kind", rows.map((r) => r.kind), pl.Utf8),
      pl.Series("count", rows.map((r) => r.count), pl.Int64),
      pl.Series("example", rows.map((r) => r.example), pl.Utf8),
    ]);
  }
}

function example(value: unknown): string {
  const text = typeof value === "number" ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}

import type pl from "nodejs-polars";
import {runColumns} from "../schema";
import {groupBy, type Finding} from "./finding";

type Run = Record<string, number | string | null>;

/** The rules a run's numbers must keep; each names what it found when broken. */
export const RULES: [string, (run: Run) => boolean][] = [
  ["negative value", (r) => NUMERIC.some((c) => typeof r[c] === "number" && (r[c] as number) < 0)],
  ["infinite value", (r) => NUMERIC.some((c) => r[c] === Infinity || r[c] === -Infinity)],
  ["process memory above CPU memory", (r) => greater(r.total_process_memory, r.total_cpu_memory)],
  ["memory parts above process memory", (r) => greater(sum(r.total_image_memory, r.total_model_memory, r.library_overhead_memory), r.total_process_memory)],
  ["samples with zero time", (r) => (r.total_cpu_time === 0 || r.execution_time === 0) && typeof r.sample_persec === "number" && r.sample_persec > 0],
];

/** Runs that break a rule of sensible values, counted per experiment and rule. */
export function impossibleValues(runs: pl.DataFrame): Finding[] {
  const rows = runs.toRecords() as Run[];
  return RULES.flatMap(([check, broken]) =>
    [...groupBy(rows.filter(broken), (r) => String(r.experiment))].map(([experiment, list]) => ({
      check,
      experiment,
      runs: list.length,
      detail: `first at run ${list[0].index}`,
    })),
  );
}

const NUMERIC = Object.entries(runColumns).filter(([, kind]) => kind !== "string").map(([name]) => name);

function greater(a: unknown, b: unknown): boolean {
  return typeof a === "number" && typeof b === "number" && a > b;
}

function sum(...values: unknown[]): number | null {
  return values.every((v) => typeof v === "number") ? (values as number[]).reduce((x, y) => x + y, 0) : null;
}

import pl from "nodejs-polars";
import {runColumns} from "../schema";
import {isFloatColumn, isNumericColumn, PREFILTER_ABOVE, rowsWhere, type PrefilterOptions} from "./candidates";
import {groupBy, type Finding} from "./finding";

type Run = Record<string, number | string | null>;

/** The rules a run's numbers must keep; each names what it found when broken. */
const RULES: [string, (run: Run) => boolean][] = [
  ["negative value", (r) => NUMERIC.some((c) => typeof r[c] === "number" && (r[c] as number) < 0)],
  ["infinite value", (r) => NUMERIC.some((c) => r[c] === Infinity || r[c] === -Infinity)],
  ["process memory above CPU memory", (r) => greater(r.total_process_memory, r.total_cpu_memory)],
  ["memory parts above process memory", (r) => greater(sum(r.total_image_memory, r.total_model_memory, r.library_overhead_memory), r.total_process_memory)],
  ["samples with zero time", (r) => (r.total_cpu_time === 0 || r.execution_time === 0) && typeof r.sample_persec === "number" && r.sample_persec > 0],
];

/** Runs that break a rule of sensible values, counted per experiment and rule. */
export function impossibleValues(runs: pl.DataFrame, {prefilterAbove = PREFILTER_ABOVE}: PrefilterOptions = {}): Finding[] {
  const rows = (runs.height > prefilterAbove ? rowsWhere(runs, candidates(runs)) : runs).toRecords() as Run[];
  return RULES.flatMap(([check, broken]) =>
    [...groupBy(rows.filter(broken), (r) => String(r.experiment))].map(([experiment, list]) => ({
      check,
      experiment,
      runs: list.length,
      detail: `first at run ${list[0].index}`,
    })),
  );
}

/**
 * Conditions that hold on every run that could break a rule (and on few others), so that only those
 * runs leave polars; the rules above then decide exactly.
 */
function candidates(runs: pl.DataFrame): pl.Expr[] {
  const numeric = (c: string) => isNumericColumn(runs, c);
  const col = pl.col;
  const conditions = NUMERIC.filter(numeric).map((c) => col(c).lt(0));
  for (const c of NUMERIC.filter((c) => isFloatColumn(runs, c))) conditions.push(col(c).isInfinite());
  if (numeric("total_process_memory") && numeric("total_cpu_memory")) conditions.push(col("total_process_memory").gt(col("total_cpu_memory")));
  const parts = ["total_image_memory", "total_model_memory", "library_overhead_memory"];
  if (numeric("total_process_memory") && parts.every(numeric)) {
    conditions.push(col(parts[0]).cast(pl.Float64).add(col(parts[1]).cast(pl.Float64)).add(col(parts[2]).cast(pl.Float64)).gt(col("total_process_memory").cast(pl.Float64)));
  }
  const zero = ["total_cpu_time", "execution_time"].filter(numeric).map((c) => col(c).eq(0));
  if (zero.length && numeric("sample_persec")) conditions.push(zero.reduce((a, b) => a.or(b)).and(col("sample_persec").gt(0)));
  return conditions;
}

const NUMERIC = Object.entries(runColumns).filter(([, kind]) => kind !== "string").map(([name]) => name);

function greater(a: unknown, b: unknown): boolean {
  return typeof a === "number" && typeof b === "number" && a > b;
}

function sum(...values: unknown[]): number | null {
  return values.every((v) => typeof v === "number") ? (values as number[]).reduce((x, y) => x + y, 0) : null;
}

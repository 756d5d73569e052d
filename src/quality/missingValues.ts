import pl from "nodejs-polars";
import {rowsWhere} from "./candidates";
import {groupBy, type Finding} from "./finding";

/** The metrics the tables average: a null there is a run the mean leaves out. */
const METRICS = ["total_cpu_time", "total_cpu_memory", "execution_time", "throughput_bps", "sample_persec", "data_path"];

/** Runs with a null in a column the tables use, per experiment and column; and experiments without runs. */
export function missingValues(runs: pl.DataFrame, summary: pl.DataFrame): Finding[] {
  const selected = runs.select("experiment", ...METRICS);
  const rows = rowsWhere(selected, METRICS.map((c) => pl.col(c).isNull())).toRecords() as Record<string, unknown>[];
  const missing = METRICS.flatMap((column) =>
    [...groupBy(rows.filter((r) => r[column] === null), (r) => String(r.experiment))].map(([experiment, list]) => ({
      check: "missing values",
      experiment,
      runs: list.length,
      detail: column,
    })),
  );
  const empty = (summary.toRecords() as {experiment: string; n_records: number}[])
    .filter((r) => r.n_records === 0)
    .map((r) => ({check: "empty experiment", experiment: r.experiment, runs: 0, detail: "no runs"}));
  return [...missing, ...empty];
}

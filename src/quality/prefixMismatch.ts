import type pl from "nodejs-polars";
import {groupBy, type Finding} from "./finding";

/** Runs whose data_path prefix disagrees with their experiment's data prefix (its first run's). */
export function prefixMismatch(runs: pl.DataFrame, summary: pl.DataFrame): Finding[] {
  const prefix = new Map((summary.toRecords() as {experiment: string; data_prefix: string | null}[]).map((r) => [r.experiment, r.data_prefix]));
  const odd = (runs.select("experiment", "partition", "data_path").toRecords() as {experiment: string; partition: string | null; data_path: string | null}[]).filter(
    (r) => r.partition !== null && r.partition !== prefix.get(r.experiment),
  );
  return [...groupBy(odd, (r) => r.experiment)].map(([experiment, list]) => ({
    check: "data prefix disagrees",
    experiment,
    runs: list.length,
    detail: `expected ${prefix.get(experiment)}, found ${[...new Set(list.map((r) => r.partition))].join(", ")} (e.g. ${list[0].data_path})`,
  }));
}

import pl from "nodejs-polars";
import {rowsWhere} from "./candidates";
import {groupBy, type Finding} from "./finding";

/** Runs whose data_path prefix disagrees with their experiment's data prefix (its first run's). */
export function prefixMismatch(runs: pl.DataFrame, summary: pl.DataFrame): Finding[] {
  const prefix = new Map((summary.toRecords() as {experiment: string; data_prefix: string | null}[]).map((r) => [r.experiment, r.data_prefix]));
  const odd = (candidates(runs, summary).toRecords() as {experiment: string; partition: string | null; data_path: string | null}[]).filter(
    (r) => r.partition !== null && r.partition !== prefix.get(r.experiment),
  );
  return [...groupBy(odd, (r) => r.experiment)].map(([experiment, list]) => ({
    check: "data prefix disagrees",
    experiment,
    runs: list.length,
    detail: `expected ${prefix.get(experiment)}, found ${[...new Set(list.map((r) => r.partition))].join(", ")} (e.g. ${list[0].data_path})`,
  }));
}

/**
 * The runs (experiment, partition, data_path) whose partition is set and differs from their
 * experiment's prefix in the summary, in frame order; the check above decides exactly.
 */
function candidates(runs: pl.DataFrame, summary: pl.DataFrame): pl.DataFrame {
  const prefixes = summary
    .select(pl.col("experiment").cast(pl.Utf8), pl.col("data_prefix").cast(pl.Utf8))
    .unique({subset: "experiment", keep: "last"});
  const joined = runs
    .select(pl.col("experiment").cast(pl.Utf8), pl.col("partition").cast(pl.Utf8), "data_path")
    .withRowIndex("__row")
    .join(prefixes, {on: "experiment", how: "left"});
  const partition = pl.col("partition");
  return rowsWhere(joined, [partition.isNotNull().and(pl.col("data_prefix").isNull().or(partition.neq(pl.col("data_prefix"))))])
    .sort("__row")
    .select("experiment", "partition", "data_path");
}

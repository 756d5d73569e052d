import type pl from "nodejs-polars";
import {SUMMARY_AVERAGES} from "../aggregate";
import {groupBy, type Finding} from "./finding";

/**
 * Groups of experiments whose averages all agree (to 10 significant digits, since the same runs
 * summed in another order may differ in the last bits): a sign of copied results.
 */
export function identicalAverages(summary: pl.DataFrame): Finding[] {
  const rows = (summary.toRecords() as Record<string, unknown>[]).filter((r) => (r.n_records as number) > 0);
  const key = (r: Record<string, unknown>) => SUMMARY_AVERAGES.map((c) => (r[c] === null ? "null" : (r[c] as number).toPrecision(10))).join("|");
  return [...groupBy(rows, key).values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      check: "identical averages",
      experiment: group.map((r) => r.experiment).join(", "),
      runs: group.reduce((n, r) => n + (r.n_records as number), 0),
      detail: `${group.length} experiments with the same averages`,
    }));
}

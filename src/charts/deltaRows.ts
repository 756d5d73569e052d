import type pl from "nodejs-polars";
import {metric as metricOf, type Metric} from "../stats";
import {rowsOf} from "./columns";
import {latestExperiments} from "./latestExperiments";

/** One comparison with the baseline: delta of means in % with its interval, the corrected p, and the verdict. */
export interface DeltaRow {
  experiment: string;
  delta: number;
  low: number | null;
  high: number | null;
  p: number | null;
  n: number;
  nBaseline: number;
  verdict: string;
  significant: boolean;
  /** Green where the change is for the better, red for the worse, grey where no test tells them apart. */
  colour: string;
}

/** What both delta renderers draw: the rows, the baseline, their metric and the note when only the latest are drawn. */
export interface DeltaRows {
  rows: DeltaRow[];
  baseline: string;
  metric: Metric;
  note?: string;
}

/**
 * The rows both delta charts draw, from compareGroups in baseline mode: per experiment the delta % of means against
 * the baseline with Welch's interval, in experiment order, the latest maxRows only (with a note saying so).
 */
export function deltaRows(comparisons: pl.DataFrame, {metric = "total_cpu_time", by = "experiment", maxRows}: {metric?: string; by?: string; maxRows: number}): DeltaRows {
  const all = rowsOf<Record<string, unknown>>(comparisons, ["metric", "baseline", by, "n", "n_baseline", "delta_pct", "delta_pct_ci_low", "delta_pct_ci_high", "p_adjusted", "verdict"]).filter((r) => r.metric === metric);
  const baseline = (all[0]?.baseline as string | undefined) ?? "";
  const usable = all.filter((r) => r.delta_pct !== null && r.baseline === baseline);
  const {order, note} = latestExperiments(usable.map((r) => r[by] as string), maxRows);
  const found = new Map(usable.map((r) => [r[by] as string, r]));
  const words = metricOf(metric).words;
  const rows = order.map((name) => {
    const r = found.get(name)!;
    const verdict = r.verdict as string;
    return {
      experiment: name,
      delta: r.delta_pct as number,
      low: r.delta_pct_ci_low as number | null,
      high: r.delta_pct_ci_high as number | null,
      p: r.p_adjusted as number | null,
      n: r.n as number,
      nBaseline: r.n_baseline as number,
      verdict,
      significant: verdict !== "~" && verdict !== "n/a",
      colour: verdict === "~" || verdict === "n/a" ? "#aaaaaa" : verdict === words[0] ? "#2e7d32" : "#c62828",
    };
  });
  return {rows, baseline, metric: metricOf(metric), note};
}

import pl, {type DataType} from "nodejs-polars";
import {adjustPValues, type Correction} from "./adjustPValues";
import {compareSamples, type Comparison} from "./compareSamples";
import {groupSamples} from "./groupSamples";
import {metric as metricOf, METRICS} from "./metrics";
import {verdict} from "./verdict";

/** Above this many groups, all pairs (n(n−1)/2 tests) give way to comparisons with the baseline. */
export const ALL_PAIRS_LIMIT = 100;

export interface CompareOptions {
  /** The column that labels the groups: experiment (default), partition, or any other. */
  by?: string;
  metrics?: readonly string[];
  /**
   * "baseline": every group against one (the first in natural order unless named); "all pairs": every pair;
   * "steps": each group against the one before it in natural order (10MB → 25MB → 50MB …).
   */
  mode?: "baseline" | "all pairs" | "steps";
  baseline?: string;
  alpha?: number;
  correction?: Correction;
  confidence?: number;
  /** Groups to include even without runs. */
  groups?: readonly string[];
}

/**
 * Comparisons of groups of runs, per metric: each a row of compareSamples' numbers, the p-value corrected within the
 * metric's family (Holm by default), and a verdict in benchstat's spirit: faster / slower (or the metric's words) when
 * the corrected Mann–Whitney p is below α, `~` when not. All pairs above ALL_PAIRS_LIMIT groups fall back to the
 * baseline, and every row's note says so.
 */
export function compareGroups(runs: pl.DataFrame, options: CompareOptions = {}): pl.DataFrame {
  const {by = "experiment", metrics = METRICS.map((m) => m.column), alpha = 0.05, correction = "holm", confidence = 0.95, groups = []} = options;
  if (!(alpha > 0 && alpha < 1)) throw new Error(`alpha must be between 0 and 1: ${alpha}`);
  const rows: Record<string, unknown>[] = [];
  for (const column of metrics) {
    const samples = groupSamples(runs, {by, metric: column, groups});
    const names = [...samples.groups.keys()];
    const baseline = options.baseline ?? names[0];
    if (baseline !== undefined && !samples.groups.has(baseline)) throw new Error(`unknown baseline: ${baseline}`);
    const fallBack = options.mode === "all pairs" && names.length > ALL_PAIRS_LIMIT;
    const mode = fallBack ? "baseline" : options.mode ?? "baseline";
    const pairs =
      mode === "all pairs" ? names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b]))
      : mode === "steps" ? names.slice(1).map((b, i) => [names[i], b])
      : names.filter((b) => b !== baseline).map((b) => [baseline, b]);
    const found = pairs.map(([a, b]) => compareSamples(samples.groups.get(b)!, samples.groups.get(a)!, confidence));
    const adjusted = adjustPValues(found.map((c) => c.p ?? NaN), correction);
    const m = metricOf(column);
    found.forEach((c, i) => {
      const note = [c.note, ...(fallBack ? [`all pairs of ${names.length} groups exceed ${ALL_PAIRS_LIMIT}: compared with the baseline`] : [])].filter(Boolean).join("; ");
      const p = Number.isNaN(adjusted[i]) ? null : adjusted[i];
      rows.push({metric: column, mode, baseline: pairs[i][0], group: pairs[i][1], ...c, p_adjusted: p, verdict: verdict(m, c, p, alpha), note});
    });
  }
  return pl.DataFrame(Object.fromEntries(columns(by).map(([name, key, type]) => [name, pl.Series(name, rows.map((r) => r[key] ?? null), type)])));
}

function columns(by: string): [string, string, DataType][] {
  const f = pl.Float64;
  const numbers: (keyof Comparison)[] = ["mean_baseline", "mean", "delta", "delta_ci_low", "delta_ci_high", "delta_pct", "delta_pct_ci_low", "delta_pct_ci_high", "shift", "shift_ci_low", "shift_ci_high", "u", "p"];
  return [
    ["metric", "metric", pl.Utf8],
    ["mode", "mode", pl.Utf8],
    ["baseline", "baseline", pl.Utf8],
    [by === "baseline" ? "group" : by, "group", pl.Utf8],
    ["n_baseline", "n_baseline", pl.Int64],
    ["n", "n", pl.Int64],
    ...numbers.map((name): [string, string, DataType] => [name, name, f]),
    ["p_adjusted", "p_adjusted", f],
    ["test", "test", pl.Utf8],
    ["welch_t", "welch_t", f],
    ["welch_df", "welch_df", f],
    ["p_welch", "p_welch", f],
    ["cliffs_delta", "cliffs_delta", f],
    ["verdict", "verdict", pl.Utf8],
    ["note", "note", pl.Utf8],
  ];
}

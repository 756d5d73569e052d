import type pl from "nodejs-polars";
import {metric as metricOf} from "../stats";
import {compactNumber} from "./compactNumber";
import {escapeMarkdown, markdownTable} from "./markdownTable";

type Row = Record<string, unknown>;

/**
 * One comparison table per metric in benchstat's compact style: each experiment's mean ± the half-width of its 95%
 * interval (in % of the mean) beside the baseline's, then the delta of means with the corrected p-value and the run
 * counts, or `~` when the difference is not significant; a geomean row; notes for every cell that has no number.
 */
export function comparisonMarkdown(comparisons: pl.DataFrame, statistics: pl.DataFrame, {by = "experiment"}: {by?: string} = {}): string {
  const rows = comparisons.toRecords() as Row[];
  const stats = new Map((statistics.toRecords() as Row[]).map((s) => [`${s[by]}\u0000${s.metric}`, s]));
  const parts: string[] = [];
  for (const column of [...new Set(rows.map((r) => r.metric as string))]) {
    const m = metricOf(column);
    const mine = rows.filter((r) => r.metric === column);
    const baseline = mine[0].baseline as string;
    const centre = (group: string) => cell(stats.get(`${group}\u0000${column}`), m.scale, m.unit);
    const body = mine.map((r) => [r[by] as string, centre(baseline), centre(r[by] as string), delta(r), r.verdict as string]);
    const geo = geomean(mine, stats, column, by, baseline);
    if (geo) body.push(["geomean", `${compactNumber(geo.baseline * m.scale)} ${m.unit}`.trim(), `${compactNumber(geo.others * m.scale)} ${m.unit}`.trim(), signed(100 * (geo.others / geo.baseline - 1)), ""]);
    parts.push(`## ${m.label}${m.unit ? ` (${m.unit})` : ""}`, "", markdownTable([capitalise(by), `${baseline} (baseline)`, "→", "vs base", "verdict"], body));
    const notes = mine.filter((r) => r.note).map((r) => `- ${escapeMarkdown(String(r[by]))}: ${escapeMarkdown(String(r.note))}`);
    if (notes.length) parts.push(...notes, "");
  }
  return parts.join("\n");
}

function cell(s: Row | undefined, scale: number, unit: string): string {
  if (!s || s.mean === null) return "no runs";
  const value = `${compactNumber((s.mean as number) * scale)}${unit ? ` ${unit}` : ""}`;
  if (s.mean_ci_high === null) return `${value} (1 run)`;
  const half = ((s.mean_ci_high as number) - (s.mean_ci_low as number)) / 2;
  return s.mean === 0 ? value : `${value} ± ${Math.round((100 * half) / Math.abs(s.mean as number))}%`;
}

function delta(r: Row): string {
  const n = `n=${r.n_baseline}+${r.n}`;
  if (r.p_adjusted === null) return `n/a (${n})`;
  const p = `p=${(r.p_adjusted as number).toFixed(3)} ${n}`;
  if (r.verdict === "~") return `~ (${p})`;
  return r.delta_pct === null ? `(${p})` : `${signed(r.delta_pct as number)} (${p})`;
}

function signed(percent: number): string {
  return `${percent >= 0 ? "+" : "−"}${Math.abs(percent).toFixed(1)}%`;
}

// benchstat's geomean row: the geometric means of the baseline's and the other experiments' means, when all are positive.
function geomean(rows: Row[], stats: Map<string, Row>, column: string, by: string, baseline: string): {baseline: number; others: number} | null {
  const means = rows.map((r) => stats.get(`${r[by]}\u0000${column}`)?.mean as number | null | undefined);
  const base = stats.get(`${baseline}\u0000${column}`)?.mean as number | null | undefined;
  if (rows.length < 2 || !(base! > 0) || means.some((v) => !(v! > 0))) return null;
  return {baseline: base!, others: Math.exp(means.reduce((sum: number, v) => sum + Math.log(v!), 0) / means.length)};
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

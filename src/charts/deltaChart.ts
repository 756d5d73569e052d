import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import {experimentRowsFrame} from "./experimentRowsFrame";
import {chartInput} from "./chartInput";
import {deltaRows, type DeltaRow, type DeltaRows} from "./deltaRows";
import type {CompareChartOptions} from "./intervalChart";
import {maxRows} from "./maxRows";

/**
 * Each experiment's change of a metric against the baseline, in % of the baseline's mean, with its 95% interval:
 * significant changes in colour (green better, red worse), `~` ones muted grey. Takes compareGroups in baseline mode, or
 * its deltaRows.
 */
export function deltaChart(comparisons: pl.DataFrame | DeltaRows, options: CompareChartOptions = {}) {
  const {metric: column, by, ...rest} = options;
  const {rows, baseline, metric, note} = chartInput(comparisons, (frame) => deltaRows(frame, {metric: column, by, maxRows: maxRows(options)}));
  const domain = rows.map((d) => d.experiment);
  const colour = (d: DeltaRow) => d.colour;
  const title = (d: DeltaRow) =>
    `${d.experiment}: ${d.verdict}\nΔ ${sign(d.delta)}% vs ${baseline}\n${d.low === null ? "no interval" : `95% CI ${sign(d.low)}% to ${sign(d.high!)}%`}\np = ${d.p === null ? "n/a" : d.p.toPrecision(3)} (n = ${d.nBaseline}+${d.n})`;
  return chartPlot(
    [
      Plot.ruleX([0], {stroke: "#333"}),
      Plot.ruleY(rows.filter((d) => d.low !== null), {y: "experiment", x1: "low", x2: "high", stroke: colour, strokeWidth: 2, strokeOpacity: (d: DeltaRow) => (d.significant ? 1 : 0.5)}),
      Plot.dot(rows, {y: "experiment", x: "delta", fill: colour, r: 3.5, fillOpacity: (d: DeltaRow) => (d.significant ? 1 : 0.5), title}),
      Plot.text(rows.filter((d) => !d.significant), {y: "experiment", x: (d: DeltaRow) => d.high ?? d.delta, text: () => "~", dx: 8, textAnchor: "start", fill: "#888"}),
    ],
    {
      title: `${metric.label}: Change against ${baseline} (% of its mean)`,
      subtitle: note ?? "95% intervals; grey: no significant difference (~)",
      ...experimentRowsFrame(domain, {minHeight: 320, marginRight: 40}),
      x: {label: `Δ ${metric.label} vs ${baseline} (%)`, labelAnchor: "center", labelArrow: "none", grid: true, nice: true, inset: 8},
    },
    rest,
  );
}

function sign(x: number): string {
  return `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(1)}`;
}

import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import {experimentRowsFrame} from "./experimentRowsFrame";
import {formatNumber} from "./formatNumber";
import {chartInput} from "./chartInput";
import {intervalRows, type IntervalRow, type IntervalRows} from "./intervalRows";
import {maxRows} from "./maxRows";
import type {ChartOptions} from "./options";

/** Options of the comparison charts: a chart's options (the document optional), the metric and the grouping column. */
export type CompareChartOptions = Omit<ChartOptions, "document"> & {document?: Document; metric?: string; by?: string};

/**
 * Each experiment's mean of a metric as a dot with its 95% confidence interval as a line, one row per experiment.
 * Takes runStatistics, or its intervalRows.
 */
export function intervalChart(statistics: pl.DataFrame | IntervalRows, options: CompareChartOptions = {}) {
  const {metric: column, by, ...rest} = options;
  const {rows, metric, note} = chartInput(statistics, (frame) => intervalRows(frame, {metric: column, by, maxRows: maxRows(options)}));
  const unit = metric.unit ? ` (${metric.unit})` : "";
  const domain = rows.map((d) => d.experiment);
  const title = (d: IntervalRow) =>
    `${d.experiment}\nmean ${formatNumber(d.mean, 2)}${unit}\n${d.low === null ? "no interval (1 run)" : `95% CI ${formatNumber(d.low, 2)} – ${formatNumber(d.high!, 2)}`}\n${d.n} runs`;
  return chartPlot(
    [
      Plot.ruleY(rows.filter((d) => d.low !== null), {y: "experiment", x1: "low", x2: "high", stroke: "#4c72b0", strokeWidth: 2}),
      Plot.dot(rows, {y: "experiment", x: "mean", fill: "#4c72b0", r: 3.5, title}),
    ],
    {
      title: `Mean ${metric.label} per Experiment, with 95% Confidence Intervals`,
      subtitle: note,
      ...experimentRowsFrame(domain, {minHeight: 320, marginRight: 30}),
      x: {label: `Mean ${metric.label}${unit}`, labelAnchor: "center", labelArrow: "none", grid: true, nice: true, inset: 8},
    },
    rest,
  );
}

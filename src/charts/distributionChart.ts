import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartInput} from "./chartInput";
import {chartPlot} from "./chartPlot";
import {distributionRows, type DistributionRows} from "./distributionRows";
import type {BoxOutlier, BoxStats} from "./boxStats";
import type {ChartOptions} from "./options";

/**
 * Boxes of the total CPU time of each experiment's runs, which shows the spread that the averages hide; of the latest
 * maxRows experiments only, saying so, when there are more. Takes the runs, or their distributionRows.
 */
export function distributionChart(runs: pl.DataFrame | DistributionRows, options: ChartOptions = {}) {
  const rows = chartInput(runs, (frame) => distributionRows(frame, options));
  const {order, counts, note} = rows;
  return chartPlot(
    rows.boxes ? fromStats(rows.boxes, rows.outliers ?? []) : [Plot.boxX(rows.runs ?? [], {x: "total_cpu_time", y: "experiment", fill: "#4c72b0", r: 2})],
    {
      title: "Total CPU Time per Run by Experiment",
      subtitle: note,
      width: 768,
      height: Math.max(240, 110 + 22 * order.length),
      marginTop: 50,
      marginLeft: 140,
      marginRight: 30,
      marginBottom: 50,
      x: {label: "Total CPU Time per Run (s)", labelAnchor: "center", labelArrow: "none", grid: true},
      y: {label: "Experiment (runs)", labelAnchor: "center", domain: order, tickFormat: (name: string) => `${name} (${counts.get(name) ?? 0})`}
    },
    options
  );
}

/** The same boxes drawn from per-experiment statistics (the marks Plot's boxX is made of), for many runs. */
function fromStats(boxes: BoxStats[], outliers: BoxOutlier[]) {
  return [
    Plot.ruleY(boxes, {x1: "lo", x2: "hi", y: "experiment", stroke: "currentColor"}),
    Plot.barX(boxes, {x1: "q1", x2: "q3", y: "experiment", fill: "#4c72b0"}),
    Plot.tickX(boxes, {x: "median", y: "experiment", stroke: "currentColor", strokeWidth: 2}),
    Plot.dot(outliers, {x: "value", y: "experiment", stroke: "currentColor", r: 2}),
  ];
}

import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {boxStats, MANY_RUNS} from "./boxStats";
import {chartPlot} from "./chartPlot";
import {requireColumns, rowsOf} from "./columns";
import {latestRuns} from "./latestRuns";
import {maxRows} from "./maxRows";
import type {ChartOptions} from "./options";

interface Run {
  experiment: string;
  total_cpu_time: number;
}

/**
 * Boxes of the total CPU time of each experiment's runs, which shows the spread that the averages hide; of the latest
 * maxRows experiments only, saying so, when there are more.
 */
export function distributionChart(runs: pl.DataFrame, options: ChartOptions = {}) {
  requireColumns(runs, ["experiment", "total_cpu_time"]);
  const {runs: shown, order, note} = latestRuns(runs, maxRows(options));
  const {counts, marks} = shown.height > MANY_RUNS ? fromStats(shown) : fromRuns(shown);
  return chartPlot(
    marks,
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

/** Plot's boxes over every run. */
function fromRuns(runs: pl.DataFrame) {
  const rows = rowsOf<Run>(runs, ["experiment", "total_cpu_time"]);
  const counts = new Map<string, number>();
  for (const d of rows) if (Number.isFinite(d.total_cpu_time)) counts.set(d.experiment, (counts.get(d.experiment) ?? 0) + 1);
  return {counts, marks: [Plot.boxX(rows, {x: "total_cpu_time", y: "experiment", fill: "#4c72b0", r: 2})]};
}

/** The same boxes drawn from per-experiment statistics (the marks Plot's boxX is made of), for many runs. */
function fromStats(runs: pl.DataFrame) {
  const {boxes, outliers} = boxStats(runs, "total_cpu_time");
  const counts = new Map(boxes.map((b) => [b.experiment, b.n]));
  const marks = [
    Plot.ruleY(boxes, {x1: "lo", x2: "hi", y: "experiment", stroke: "currentColor"}),
    Plot.barX(boxes, {x1: "q1", x2: "q3", y: "experiment", fill: "#4c72b0"}),
    Plot.tickX(boxes, {x: "median", y: "experiment", stroke: "currentColor", strokeWidth: 2}),
    Plot.dot(outliers, {x: "value", y: "experiment", stroke: "currentColor", r: 2}),
  ];
  return {counts, marks};
}

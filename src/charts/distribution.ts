import * as Plot from "@observablehq/plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chart-plot";
import {rowsOf} from "./columns";
import {experimentOrder} from "./experiments";
import type {ChartOptions} from "./options";

interface Run {
  experiment: string;
  total_cpu_time: number;
}

/** Boxes of the total CPU time of each experiment's runs, which shows the spread that the averages hide. */
export function distributionChart(runs: pl.DataFrame, options: ChartOptions) {
  const rows = rowsOf<Run>(runs, ["experiment", "total_cpu_time"]);
  const order = experimentOrder(rows.map((d) => d.experiment));
  const counts = new Map<string, number>();
  for (const d of rows) if (Number.isFinite(d.total_cpu_time)) counts.set(d.experiment, (counts.get(d.experiment) ?? 0) + 1);
  return chartPlot(
    [Plot.boxX(rows, {x: "total_cpu_time", y: "experiment", fill: "#4c72b0", r: 2})],
    {
      title: "Total CPU Time per Run by Experiment",
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

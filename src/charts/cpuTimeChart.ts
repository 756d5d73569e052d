import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import type {SummaryRow as Row} from "./rows";
import {chartInput} from "./chartInput";
import {cpuTimeRows, type CpuTimeRows} from "./cpuTimeRows";
import type {ChartOptions} from "./options";
import {formatNumber} from "./formatNumber";

/**
 * A line with markers of each experiment's average total CPU time, in the order of experiment number, as in the seed;
 * above maxRows experiments, every one is drawn (the line faint) but only about 20 are named on the axis. Takes the
 * summary, or its cpuTimeRows.
 */
export function cpuTimeChart(summary: pl.DataFrame | CpuTimeRows, options: ChartOptions = {}) {
  const {order, rows: sorted, ticks} = chartInput(summary, (frame) => cpuTimeRows(frame, options));
  const many = ticks !== undefined;
  return chartPlot(
    [
      Plot.line(sorted, {x: "experiment", y: "avg_total_cpu_time_seconds", stroke: "#4c72b0", ...(many ? {strokeWidth: 0.5, strokeOpacity: 0.3} : {strokeWidth: 2})}),
      Plot.dot(sorted, {
        x: "experiment",
        y: "avg_total_cpu_time_seconds",
        fill: "#4c72b0",
        r: many ? 1.5 : 4,
        title: (d: Row) => `${d.experiment}\n${formatNumber(d.avg_total_cpu_time_seconds, 2)} s\n${d.n_records} runs`
      })
    ],
    {
      title: "Average Total CPU Time per Experiment",
      width: 768,
      height: 576,
      marginTop: 50,
      marginLeft: 60,
      marginRight: 30,
      marginBottom: 100,
      x: {
        type: "point",
        domain: order,
        label: "Experiment",
        labelAnchor: "center",
        tickRotate: -45,
        grid: true,
        padding: 0.3,
        ...(many ? {ticks} : {})
      },
      y: {label: "Average Total CPU Time (s)", labelAnchor: "center", labelArrow: "none", grid: true, zero: true, nice: true}
    },
    options
  );
}

import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartInput} from "./chartInput";
import {chartPlot} from "./chartPlot";
import {experimentRowsFrame} from "./experimentRowsFrame";
import type {SummaryRow as Row} from "./rows";
import type {ChartOptions} from "./options";
import {formatNumber} from "./formatNumber";
import {throughputRows, type ThroughputRows} from "./throughputRows";

/**
 * Horizontal bars of each experiment's average throughput (MB/s), sorted by value, as in the seed; of the latest
 * maxRows experiments only, saying so, when there are more. Takes the summary, or its throughputRows.
 */
export function throughputChart(summary: pl.DataFrame | ThroughputRows, options: ChartOptions = {}) {
  const {rows, domain: x, note} = chartInput(summary, (frame) => throughputRows(frame, options));
  const domain = rows.map((d) => d.experiment);
  return chartPlot(
    [
      Plot.barX(rows, {
        x: "avg_throughput_MBps",
        y: "experiment",
        fill: "#4c72b0",
        title: (d: Row) => `${d.experiment}\n${formatNumber(d.avg_throughput_MBps, 2)} MB/s\n${d.n_records} runs`
      }),
      Plot.ruleX([0])
    ],
    {
      title: "Average Throughput per Experiment (MB/s)",
      subtitle: note,
      ...experimentRowsFrame(domain, {minHeight: 672, marginRight: 30}),
      x: {label: "Average Throughput (MB/s)", labelAnchor: "center", labelArrow: "none", grid: true, domain: x},
    },
    options
  );
}

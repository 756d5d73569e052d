import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartInput} from "./chartInput";
import {chartPlot} from "./chartPlot";
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
      width: 768,
      // Rows of 14 pixels at least, so that the names never overprint.
      height: Math.max(672, 116 + 14 * domain.length),
      marginTop: 50,
      // Room for the longest name (jsdom measures no text: about 6 pixels a character) beside the axis label.
      marginLeft: Math.max(100, 28 + 6 * Math.max(0, ...domain.map((name) => name.length))),
      marginRight: 30,
      marginBottom: 50,
      x: {label: "Average Throughput (MB/s)", labelAnchor: "center", labelArrow: "none", grid: true, domain: x},
      y: {label: "Experiment", labelAnchor: "center", domain}
    },
    options
  );
}

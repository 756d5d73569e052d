import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import {summaryRows, type SummaryRow as Row} from "./rows";
import {latestExperiments} from "./latestExperiments";
import {maxRows} from "./maxRows";
import type {ChartOptions} from "./options";
import {formatNumber} from "./formatNumber";

/**
 * Horizontal bars of each experiment's average throughput (MB/s), sorted by value, as in the seed; of the latest
 * maxRows experiments only, saying so, when there are more.
 */
export function throughputChart(summary: pl.DataFrame, options: ChartOptions = {}) {
  const all = summaryRows(summary, ["avg_throughput_MBps"]);
  const {order, note} = latestExperiments(all.map((d) => d.experiment), maxRows(options));
  const latest = new Set(order);
  const rows = note ? all.filter((d) => latest.has(d.experiment)) : all;
  const domain = byValue(rows, order);
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
      x: {label: "Average Throughput (MB/s)", labelAnchor: "center", labelArrow: "none", grid: true},
      y: {label: "Experiment", labelAnchor: "center", domain}
    },
    options
  );
}

// Ties keep experiment order, so identical averages sort the same way every time.
function byValue(rows: Row[], order: readonly string[]) {
  const rank = new Map(order.map((name, i) => [name, i]));
  return rows
    .filter((d) => d.avg_throughput_MBps != null && !isNaN(d.avg_throughput_MBps))
    .sort((a, b) => a.avg_throughput_MBps - b.avg_throughput_MBps || rank.get(a.experiment)! - rank.get(b.experiment)!)
    .map((d) => d.experiment);
}

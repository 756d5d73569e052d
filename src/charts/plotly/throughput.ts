import type pl from "nodejs-polars";
import {summaryRows} from "../rows";
import {experimentOrder} from "../experiments";
import {baseLayout, type Figure, plotlyText} from "./figure";


/** The throughput bars as a plotly figure, smallest at the top, with experiment, MB/s and run count on hover. */
export function throughputFigure(summary: pl.DataFrame): Figure {
  const rows = summaryRows(summary, ["avg_throughput_MBps"]);
  const order = experimentOrder(rows.map((d) => d.experiment));
  const sorted = rows
    .filter((d) => Number.isFinite(d.avg_throughput_MBps))
    .sort((a, b) => a.avg_throughput_MBps - b.avg_throughput_MBps || order.indexOf(a.experiment) - order.indexOf(b.experiment));
  const names = sorted.map((d) => plotlyText(d.experiment));
  const layout = baseLayout("Average Throughput per Experiment (MB/s)", "Average Throughput (MB/s)", "Experiment");
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        x: sorted.map((d) => d.avg_throughput_MBps),
        y: names,
        customdata: sorted.map((d) => d.n_records),
        marker: {color: "#4c72b0"},
        hovertemplate: "%{y}<br>%{x:.2f} MB/s<br>%{customdata} runs<extra></extra>"
      }
    ],
    layout: {
      ...layout,
      height: 640,
      margin: {l: 120},
      yaxis: {...(layout.yaxis as object), type: "category", categoryorder: "array", categoryarray: names, autorange: "reversed"}
    }
  };
}

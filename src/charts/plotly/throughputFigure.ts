import type pl from "nodejs-polars";
import {summaryRows} from "../rows";
import {latestExperiments} from "../latestExperiments";
import {maxRows} from "../maxRows";
import {baseLayout, type Figure, type FigureOptions, plotlyText} from "./figure";
import {throughputChart} from "../throughputChart";
import {withStaticChart} from "./staticChart";

/**
 * The throughput bars as a plotly figure, smallest at the top, with experiment, MB/s and run count on hover; of the
 * latest maxRows experiments only, saying so, when there are more.
 */
export function throughputFigure(summary: pl.DataFrame, options: FigureOptions = {}): Figure {
  return withStaticChart(drawFigure(summary, options), () => throughputChart(summary, options));
}

function drawFigure(summary: pl.DataFrame, options: FigureOptions): Figure {
  const all = summaryRows(summary, ["avg_throughput_MBps"]);
  const {order, note} = latestExperiments(all.map((d) => d.experiment), maxRows(options));
  const position = new Map(order.map((name, i) => [name, i]));
  const sorted = all
    .filter((d) => position.has(d.experiment) && Number.isFinite(d.avg_throughput_MBps))
    .sort((a, b) => a.avg_throughput_MBps - b.avg_throughput_MBps || position.get(a.experiment)! - position.get(b.experiment)!);
  const names = sorted.map((d) => plotlyText(d.experiment));
  const layout = baseLayout("Average Throughput per Experiment (MB/s)", "Average Throughput (MB/s)", "Experiment", note);
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
      height: Math.max(640, 140 + 16 * names.length),
      margin: {l: 120},
      yaxis: {...(layout.yaxis as object), type: "category", categoryorder: "array", categoryarray: names, autorange: "reversed"}
    }
  };
}

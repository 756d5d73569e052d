import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {throughputRows, type ThroughputRows} from "../throughputRows";
import {baseLayout, experimentAxis, type Figure, type FigureOptions, plotlyText} from "./figure";
import {throughputChart} from "../throughputChart";
import {withStaticChart} from "./staticChart";

/**
 * The throughput bars as a plotly figure, smallest at the top, with experiment, MB/s and run count on hover; of the
 * latest maxRows experiments only, saying so, when there are more. Takes the summary, or its throughputRows.
 */
export function throughputFigure(summary: pl.DataFrame | ThroughputRows, options: FigureOptions = {}): Figure {
  const rows = chartInput(summary, (frame) => throughputRows(frame, options));
  return withStaticChart(drawFigure(rows), () => throughputChart(rows, options));
}

function drawFigure({rows, domain, note}: ThroughputRows): Figure {
  const names = rows.map((d) => plotlyText(d.experiment));
  const layout = baseLayout("Average Throughput per Experiment (MB/s)", "Average Throughput (MB/s)", "Experiment", note);
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        x: rows.map((d) => d.avg_throughput_MBps),
        y: names,
        customdata: rows.map((d) => d.n_records),
        marker: {color: "#4c72b0"},
        hovertemplate: "%{y}<br>%{x:.2f} MB/s<br>%{customdata} runs<extra></extra>"
      }
    ],
    layout: {
      ...layout,
      height: Math.max(640, 140 + 16 * names.length),
      margin: {l: 120},
      xaxis: {...(layout.xaxis as object), range: domain},
      yaxis: experimentAxis(layout, names)
    }
  };
}

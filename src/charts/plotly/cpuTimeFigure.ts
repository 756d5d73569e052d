import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {cpuTimeRows, type CpuTimeRows} from "../cpuTimeRows";
import {baseLayout, type Figure, type FigureOptions, plotlyText} from "./figure";
import {cpuTimeChart} from "../cpuTimeChart";
import {withStaticChart} from "./staticChart";

/**
 * The CPU time line as a plotly figure, in the order of experiment number, with run counts on hover; above maxRows
 * experiments about 20 of them are named on the axis. Takes the summary, or its cpuTimeRows.
 */
export function cpuTimeFigure(summary: pl.DataFrame | CpuTimeRows, options: FigureOptions = {}): Figure {
  const rows = chartInput(summary, (frame) => cpuTimeRows(frame, options));
  return withStaticChart(drawFigure(rows), () => cpuTimeChart(rows, options));
}

function drawFigure({rows: sorted, ticks}: CpuTimeRows): Figure {
  const names = sorted.map((d) => plotlyText(d.experiment));
  const many = ticks !== undefined;
  const layout = baseLayout("Average Total CPU Time per Experiment", "Experiment", "Average Total CPU Time (s)");
  return {
    data: [
      {
        type: "scatter",
        mode: "lines+markers",
        x: names,
        y: sorted.map((d) => d.avg_total_cpu_time_seconds),
        customdata: sorted.map((d) => d.n_records),
        line: {color: "#4c72b0", width: 2},
        marker: {size: many ? 4 : 8},
        hovertemplate: "%{x}<br>%{y:.2f} s<br>%{customdata} runs<extra></extra>"
      }
    ],
    layout: {
      ...layout,
      height: 560,
      xaxis: {...(layout.xaxis as object), type: "category", categoryorder: "array", categoryarray: names, tickangle: -45, ...(many ? {tickmode: "array", tickvals: ticks.map(plotlyText)} : {})},
      yaxis: {...(layout.yaxis as object), rangemode: "tozero"}
    }
  };
}

import type pl from "nodejs-polars";
import {summaryRows} from "../rows";
import {inExperimentOrder} from "../experiments";
import {maxRows} from "../maxRows";
import {thinTicks} from "../thinTicks";
import {baseLayout, type Figure, type FigureOptions, plotlyText} from "./figure";
import {cpuTimeChart} from "../cpuTimeChart";
import {withStaticChart} from "./staticChart";

/**
 * The CPU time line as a plotly figure, in the order of experiment number, with run counts on hover; above maxRows
 * experiments about 20 of them are named on the axis.
 */
export function cpuTimeFigure(summary: pl.DataFrame, options: FigureOptions = {}): Figure {
  return withStaticChart(drawFigure(summary, options), () => cpuTimeChart(summary, options));
}

function drawFigure(summary: pl.DataFrame, options: FigureOptions): Figure {
  const {order, rows: sorted} = inExperimentOrder(summaryRows(summary, ["avg_total_cpu_time_seconds"]));
  const names = sorted.map((d) => plotlyText(d.experiment));
  const many = order.length > maxRows(options);
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
      xaxis: {...(layout.xaxis as object), type: "category", categoryorder: "array", categoryarray: names, tickangle: -45, ...(many ? {tickmode: "array", tickvals: thinTicks(order).map(plotlyText)} : {})},
      yaxis: {...(layout.yaxis as object), rangemode: "tozero"}
    }
  };
}

import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {whatIfPoints, type WhatIfPoints} from "../whatIfPoints";
import {costWhatIfChart} from "../costWhatIfChart";
import {baseLayout, type Figure, plotlyText} from "./figure";
import {withStaticChart} from "./staticChart";

/**
 * The what-if chart as a plotly figure: a line per partition, hollow markers where some runs cannot run, the reason on
 * hover. Takes the what-if frame, or its whatIfPoints.
 */
export function costWhatIfFigure(whatIf: pl.DataFrame | WhatIfPoints): Figure {
  const rows = chartInput(whatIf, whatIfPoints);
  return withStaticChart(drawFigure(rows), () => costWhatIfChart(rows));
}

function drawFigure({partitions, points}: WhatIfPoints): Figure {
  const layout = baseLayout("Cost per Run by Configured Memory", "Configured memory (GB)", "Mean cost per run ($)", "duration held as measured; hollow: some runs cannot run at that size");
  return {
    data: partitions.map((partition) => {
      const mine = points.filter((d) => d.partition === partition);
      return {
        type: "scatter",
        mode: "lines+markers",
        name: plotlyText(partition),
        x: mine.map((d) => d.memory_gb),
        y: mine.map((d) => d.cost),
        marker: {size: 8, symbol: mine.map((d) => (d.feasible ? "circle" : "circle-open"))},
        customdata: mine.map((d) => [plotlyText(partition), d.feasible_runs, d.runs, plotlyText(d.note)]),
        hovertemplate: "%{customdata[0]} at %{x} GB<br>$%{y:.4g} per run<br>%{customdata[1]} of %{customdata[2]} runs can run: %{customdata[3]}<extra></extra>",
      };
    }),
    layout: {...layout, xaxis: {...(layout.xaxis as object), type: "log"}, yaxis: {...(layout.yaxis as object), type: "log"}, height: 560},
  };
}

import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {intervalRows, type IntervalRows} from "../intervalRows";
import {maxRows} from "../maxRows";
import {intervalChart} from "../intervalChart";
import {withStaticChart} from "./staticChart";
import {baseLayout, experimentAxis, type Figure, type FigureOptions, intervalBars, plotlyText} from "./figure";

/** The interval chart as a plotly figure: hover shows n, mean and the interval. Takes runStatistics, or its intervalRows. */
export function intervalFigure(statistics: pl.DataFrame | IntervalRows, options: FigureOptions & {metric?: string; by?: string} = {}): Figure {
  const rows = chartInput(statistics, (frame) => intervalRows(frame, {metric: options.metric, by: options.by, maxRows: maxRows(options)}));
  return withStaticChart(drawFigure(rows), () => intervalChart(rows, options));
}

function drawFigure({rows, metric, note}: IntervalRows): Figure {
  const unit = metric.unit ? ` (${metric.unit})` : "";
  const names = rows.map((d) => plotlyText(d.experiment));
  const layout = baseLayout(`Mean ${metric.label} per Experiment, with 95% Confidence Intervals`, `Mean ${metric.label}${unit}`, "Experiment", note);
  return {
    data: [
      {
        type: "scatter",
        mode: "markers",
        x: rows.map((d) => d.mean),
        y: names,
        error_x: intervalBars(rows, (i) => rows[i].mean, {color: "#4c72b0", thickness: 2}),
        customdata: rows.map((d) => [d.n, d.low === null ? "no interval (1 run)" : `${d.low.toFixed(2)} – ${d.high!.toFixed(2)}`]),
        marker: {color: "#4c72b0", size: 7},
        hovertemplate: `%{y}<br>mean %{x:.2f}${plotlyText(unit)}<br>95% CI %{customdata[1]}<br>%{customdata[0]} runs<extra></extra>`,
      },
    ],
    layout: {...layout, height: Math.max(400, 120 + 16 * rows.length), yaxis: experimentAxis(layout, names)},
  };
}

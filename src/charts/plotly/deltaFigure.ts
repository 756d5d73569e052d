import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {deltaRows, type DeltaRows} from "../deltaRows";
import {maxRows} from "../maxRows";
import {deltaChart} from "../deltaChart";
import {withStaticChart} from "./staticChart";
import {baseLayout, experimentAxis, type Figure, type FigureOptions, intervalBars, plotlyText} from "./figure";

/**
 * The delta chart as a plotly figure: significant changes in colour, `~` muted; hover shows delta, interval, p and n.
 * Takes compareGroups in baseline mode, or its deltaRows.
 */
export function deltaFigure(comparisons: pl.DataFrame | DeltaRows, options: FigureOptions & {metric?: string; by?: string} = {}): Figure {
  const rows = chartInput(comparisons, (frame) => deltaRows(frame, {metric: options.metric, by: options.by, maxRows: maxRows(options)}));
  return withStaticChart(drawFigure(rows), () => deltaChart(rows, options));
}

function drawFigure({rows, baseline, metric, note}: DeltaRows): Figure {
  const layout = baseLayout(`${metric.label}: Change against ${baseline} (% of its mean)`, `Δ ${metric.label} vs ${baseline} (%)`, "Experiment", note ?? "95% intervals; grey: no significant difference (~)");
  const names = rows.map((d) => plotlyText(d.experiment));
  const colour = rows.map((d) => d.colour);
  return {
    data: [
      {
        type: "scatter",
        mode: "markers",
        x: rows.map((d) => d.delta),
        y: names,
        error_x: intervalBars(rows, (i) => rows[i].delta, {color: "#888", thickness: 1.5}),
        marker: {color: colour, size: 8, opacity: rows.map((d) => (d.significant ? 1 : 0.5))},
        customdata: rows.map((d) => [d.verdict, d.low === null ? "no interval" : `${d.low.toFixed(1)}% to ${d.high!.toFixed(1)}%`, d.p === null ? "n/a" : d.p.toPrecision(3), `${d.nBaseline}+${d.n}`]),
        hovertemplate: "%{y}: %{customdata[0]}<br>Δ %{x:.1f}%<br>95% CI %{customdata[1]}<br>p = %{customdata[2]} (n = %{customdata[3]})<extra></extra>",
      },
    ],
    layout: {
      ...layout,
      height: Math.max(400, 120 + 16 * rows.length),
      shapes: [{type: "line", x0: 0, x1: 0, yref: "paper", y0: 0, y1: 1, line: {color: "#333", width: 1}}],
      yaxis: experimentAxis(layout, names),
    },
  };
}

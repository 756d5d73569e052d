import {Plot} from "../plot";
import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {executionVsSamplesRows, type ExecutionVsSamplesRows, type ScatterGroup as Group} from "../executionVsSamplesRows";
import type {ScatterPoint as Point} from "../rows";
import {baseLayout, type Figure, type FigureOptions, plotlyText} from "./figure";
import {executionVsSamplesChart} from "../executionVsSamplesChart";
import {withStaticChart} from "./staticChart";

const title = "Execution Time vs Samples per Second per Experiment";

/**
 * The execution time against samples per second as a plotly figure: one trace per set of experiments with identical
 * averages (the legend toggles it), one marker at those averages, labelled with the names and count, the members on
 * hover. Above maxRows experiments: one trace per data prefix, each point named on hover only, without labels. Takes
 * the summary, or its executionVsSamplesRows.
 */
export function executionVsSamplesFigure(summary: pl.DataFrame | ExecutionVsSamplesRows, options: FigureOptions = {}): Figure {
  const rows = chartInput(summary, (frame) => executionVsSamplesRows(frame, options));
  return withStaticChart(drawFigure(rows), () => executionVsSamplesChart(rows, options));
}

function drawFigure(rows: ExecutionVsSamplesRows): Figure {
  if (!rows.groups.length && rows.points.length) return unlabelled(rows);
  const {groups, note} = rows;
  return {
    data: groups.map((g) => ({
      type: "scatter",
      mode: "markers",
      name: plotlyText(g.label),
      x: [g.x],
      y: [g.y],
      customdata: [[g.n_records]],
      marker: {size: 11, color: g.colour, line: {color: "white", width: 1}},
      hovertemplate: `${hoverTitle(g)}<br>%{x:.2f} s per batch<br>%{y:.2f} samples/s<br>%{customdata[0]} runs${g.experiments.length > 1 ? " in all" : ""}<extra></extra>`
    })),
    layout: {
      ...baseLayout(title, "Average Execution Time per Batch (s)", "Average Samples per Second", note),
      height: 560,
      legend: {title: {text: "Experiment"}},
      annotations: labels(groups)
    }
  };
}

function hoverTitle(g: Group) {
  return g.experiments.length > 1 ? `${plotlyText(g.names)}: ${g.experiments.length} experiments with the same averages` : plotlyText(g.label);
}

function unlabelled({points, prefixes, note}: ExecutionVsSamplesRows): Figure {
  const groups = prefixes ? prefixes.order.map((prefix) => points.filter((d) => prefixes.of.get(d.experiment) === prefix)) : [points];
  const colors = prefixes ? (Plot.scale({color: {type: "ordinal", scheme: "tableau10", domain: prefixes.order}}).range as string[]) : ["steelblue"];
  return {
    data: groups.map((group: Point[], i) => ({
      type: "scatter",
      mode: "markers",
      ...(prefixes ? {name: plotlyText(prefixes.order[i])} : {}),
      x: group.map((d) => d.x),
      y: group.map((d) => d.y),
      text: group.map((d) => plotlyText(d.experiment)),
      customdata: group.map((d) => d.n_records),
      marker: {size: 6, color: colors[i % colors.length], line: {color: "white", width: 0.5}},
      hovertemplate: "%{text}<br>%{x:.2f} s per batch<br>%{y:.2f} samples/s<br>%{customdata} runs<extra></extra>"
    })),
    layout: {
      ...baseLayout(title, "Average Execution Time per Batch (s)", "Average Samples per Second", note),
      height: 560,
      ...(prefixes ? {legend: {title: {text: "Data prefix"}}} : {showlegend: false})
    }
  };
}

// Plotly places annotations in data units; a label near one above it moves down a line so that they do not overprint.
function labels(groups: Group[]) {
  const xs = groups.map((g) => g.x);
  const ys = groups.map((g) => g.y);
  const dx = Math.max(...xs) - Math.min(...xs) || 1;
  const dy = Math.max(...ys) - Math.min(...ys) || 1;
  const placed: {x: number; y: number; shift: number}[] = [];
  return [...groups].sort((a, b) => b.y - a.y || a.x - b.x).map((g) => {
    const {x, y} = g;
    const near = placed.filter((p) => Math.abs(p.x - x) / dx < 0.15 && Math.abs(p.y - y) / dy < 0.05);
    const shift = near.length ? Math.min(...near.map((p) => p.shift)) - 15 : 0;
    placed.push({x, y, shift});
    return {x, y, text: plotlyText(g.label), showarrow: false, xanchor: "left", xshift: 9, yshift: shift, font: {size: 11}};
  });
}

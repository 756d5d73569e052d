import {Plot} from "../plot";
import type pl from "nodejs-polars";
import {coincidentGroups} from "../coincident";
import {dataPrefixes, scatterPoints, type ScatterPoint as Point} from "../rows";
import {experimentList} from "../experiments";
import {maxRows} from "../maxRows";
import {labelsNote} from "../notes";
import {baseLayout, type Figure, type FigureOptions, plotlyText} from "./figure";
import {executionVsSamplesChart} from "../executionVsSamplesChart";
import {withStaticChart} from "./staticChart";

/**
 * The execution time against samples per second as a plotly figure: one trace per experiment (the legend toggles it),
 * one label per group of experiments with identical averages, and the group's other members on hover. Above maxRows
 * experiments: one trace per data prefix, each point named on hover only, without labels.
 */
export function executionVsSamplesFigure(summary: pl.DataFrame, options: FigureOptions = {}): Figure {
  return withStaticChart(drawFigure(summary, options), () => executionVsSamplesChart(summary, options));
}

function unlabelled(points: Point[], cap: number, prefixes: ReturnType<typeof dataPrefixes>): Figure {
  const groups = prefixes ? prefixes.order.map((prefix) => points.filter((d) => prefixes.of.get(d.experiment) === prefix)) : [points];
  const colors = prefixes ? (Plot.scale({color: {type: "ordinal", scheme: "tableau10", domain: prefixes.order}}).range as string[]) : ["steelblue"];
  return {
    data: groups.map((group, i) => ({
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
      ...baseLayout("Execution Time vs Samples per Second per Experiment", "Average Execution Time per Batch (s)", "Average Samples per Second", labelsNote(cap)),
      height: 560,
      ...(prefixes ? {legend: {title: {text: "Data prefix"}}} : {showlegend: false})
    }
  };
}

// Plotly places annotations in data units; a label near one above it moves down a line so that they do not overprint.
function labels(groups: Point[][]) {
  const xs = groups.map((g) => g[0].x);
  const ys = groups.map((g) => g[0].y);
  const dx = Math.max(...xs) - Math.min(...xs) || 1;
  const dy = Math.max(...ys) - Math.min(...ys) || 1;
  const placed: {x: number; y: number; shift: number}[] = [];
  return [...groups].sort((a, b) => b[0].y - a[0].y || a[0].x - b[0].x).map((members) => {
    const {x, y} = members[0];
    const near = placed.filter((p) => Math.abs(p.x - x) / dx < 0.15 && Math.abs(p.y - y) / dy < 0.05);
    const shift = near.length ? Math.min(...near.map((p) => p.shift)) - 15 : 0;
    placed.push({x, y, shift});
    return {
      x,
      y,
      text: plotlyText(experimentList(members.map((d) => d.experiment))),
      showarrow: false,
      xanchor: "left",
      xshift: 9,
      yshift: shift,
      font: {size: 11}
    };
  });
}

function drawFigure(summary: pl.DataFrame, options: FigureOptions): Figure {
  const {order, points} = scatterPoints(summary);
  const cap = maxRows(options);
  if (order.length > cap) return unlabelled(points, cap, dataPrefixes(summary));
  const colors = Plot.scale({color: {type: "ordinal", scheme: "turbo", domain: order}}).range as string[];
  const groups = coincidentGroups(points);
  return {
    data: groups.flatMap((members) =>
      members.map((d) => {
        const others = members.filter((m) => m !== d).map((m) => m.experiment);
        return {
          type: "scatter",
          mode: "markers",
          name: plotlyText(d.experiment),
          x: [d.x],
          y: [d.y],
          customdata: [[d.n_records, others.length ? `<br>same averages as ${plotlyText(experimentList(others))}` : ""]],
          marker: {size: 11, color: colors[order.indexOf(d.experiment)], line: {color: "white", width: 1}},
          hovertemplate: `${plotlyText(d.experiment)}<br>%{x:.2f} s per batch<br>%{y:.2f} samples/s<br>%{customdata[0]} runs%{customdata[1]}<extra></extra>`
        };
      })
    ),
    layout: {
      ...baseLayout("Execution Time vs Samples per Second per Experiment", "Average Execution Time per Batch (s)", "Average Samples per Second"),
      height: 560,
      legend: {title: {text: "Experiment"}},
      annotations: labels(groups)
    }
  };
}

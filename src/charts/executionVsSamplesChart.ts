import type * as PlotTypes from "@observablehq/plot";
import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import {dataPrefixes, scatterPoints, type ScatterPoint as Point} from "./rows";
import {coincidentGroups, rowPlacements} from "./coincident";
import {experimentList} from "./experiments";
import {legendMark} from "./legend";
import {maxRows} from "./maxRows";
import {labelsNote} from "./notes";
import type {ChartOptions} from "./options";
import {pointLabels} from "./pointLabels";
import {formatNumber} from "./formatNumber";

const r = 5;
const spacing = 2 * r - 1;

/**
 * Scatter of each experiment's average execution time per batch against its average samples per second, coloured by
 * experiment; experiments with identical averages share one label (Experiment2–6) and their dots sit side by side.
 * Above maxRows experiments every dot is drawn, unlabelled and coloured by data prefix, and the subtitle says so.
 */
export function executionVsSamplesChart(summary: pl.DataFrame, options: ChartOptions = {}) {
  const {order, points} = scatterPoints(summary);
  const cap = maxRows(options);
  const many = order.length > cap;
  const prefixes = many ? dataPrefixes(summary) : undefined;
  return chartPlot(
    many ? unlabelled(points, prefixes?.of) : labelled(points),
    {
      title: "Execution Time vs Samples per Second per Experiment",
      subtitle: many ? labelsNote(cap) : undefined,
      width: 768,
      height: 576,
      marginTop: 50,
      marginLeft: 60,
      marginRight: many && !prefixes ? 30 : 130,
      marginBottom: 50,
      x: {label: "Average Execution Time per Batch (s)", labelAnchor: "center", labelArrow: "none", grid: true, inset: 30},
      y: {label: "Average Samples per Second", labelAnchor: "center", labelArrow: "none", grid: true, inset: 20},
      color: prefixes ? {type: "ordinal", scheme: "tableau10", domain: prefixes.order} : {type: "ordinal", scheme: "turbo", domain: order}
    },
    options
  );
}

function labelled(points: Point[]): PlotTypes.Markish[] {
  const groups = coincidentGroups(points);
  const groupOf = new Map(groups.flatMap((members, g) => members.map((d) => [d, g] as const)));
  return [
    Plot.dot(points, {
      x: "x",
      y: "y",
      fill: "experiment",
      stroke: "white",
      r,
      title: (d: Point) => hover(d, groups[groupOf.get(d)!]),
      render(index, scales, values, dimensions, context, next) {
        const rows = rowPlacements(groups, scales, r, spacing);
        const x = Array.from(points, (d) => {
          const members = groups[groupOf.get(d)!];
          return rows[groupOf.get(d)!].x + (members.indexOf(d) - (members.length - 1) / 2) * spacing;
        });
        const y = Array.from(points, (d) => rows[groupOf.get(d)!].y);
        return next!(index, scales, Object.assign({}, values, {x, y}), dimensions, context);
      }
    }),
    pointLabels((scales) =>
      rowPlacements(groups, scales, r, spacing).map(({x, y, halfWidth}, g) => ({
        x,
        y,
        offset: halfWidth,
        text: experimentList(groups[g].map((d) => d.experiment)),
        title: groups[g].map((d) => d.experiment).join(", ")
      }))
    ),
    legendMark({label: "Experiment"})
  ];
}

// Too many to label or list in a legend: each dot where its averages are, coloured by its data prefix (when known)
// and named on hover.
function unlabelled(points: Point[], prefixOf?: Map<string, string>): PlotTypes.Markish[] {
  const fill = prefixOf ? (d: Point) => prefixOf.get(d.experiment) : "steelblue";
  const dots = Plot.dot(points, {x: "x", y: "y", fill, stroke: "white", strokeWidth: 0.5, r: 3, title: (d: Point) => hover(d, [d])});
  return prefixOf ? [dots, legendMark({label: "Data prefix"})] : [dots];
}

function hover(d: Point, members: Point[]) {
  const others = members.filter((m) => m !== d).map((m) => m.experiment);
  return [
    d.experiment,
    `${formatNumber(d.x, 2)} s per batch`,
    `${formatNumber(d.y, 2)} samples/s`,
    `${d.n_records} runs`,
    ...(others.length ? [`same averages as ${experimentList(others)}`] : [])
  ].join("\n");
}

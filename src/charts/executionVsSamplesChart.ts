import type * as PlotTypes from "@observablehq/plot";
import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartInput} from "./chartInput";
import {chartPlot} from "./chartPlot";
import type {ScatterPoint as Point} from "./rows";
import {executionVsSamplesRows, type ExecutionVsSamplesRows, type ScatterGroup as Group} from "./executionVsSamplesRows";
import {legendMark} from "./legend";
import type {ChartOptions} from "./options";
import {pointLabels} from "./pointLabels";
import {formatNumber} from "./formatNumber";

const r = 5;

/**
 * Scatter of each experiment's average execution time per batch against its average samples per second; experiments
 * with identical averages are one dot at those averages, labelled with their names and count (Experiment2–6 (5)), and
 * coloured as a group. Above maxRows experiments every dot is drawn, unlabelled and coloured by data prefix, and the
 * subtitle says so. Takes the summary, or its executionVsSamplesRows.
 */
export function executionVsSamplesChart(summary: pl.DataFrame | ExecutionVsSamplesRows, options: ChartOptions = {}) {
  const {points, groups, prefixes, note} = chartInput(summary, (frame) => executionVsSamplesRows(frame, options));
  const labelled = groups.length > 0 || !points.length;
  return chartPlot(
    labelled ? labelledMarks(groups) : unlabelled(points, prefixes?.of),
    {
      title: "Execution Time vs Samples per Second per Experiment",
      subtitle: note,
      width: 768,
      height: 576,
      marginTop: 50,
      marginLeft: 60,
      // Room for the legend's longest entry (jsdom measures no text: about 6.2 pixels a character).
      marginRight: !labelled && !prefixes ? 30 : Math.max(130, 40 + 6.2 * Math.max(0, ...groups.map((g) => g.label.length))),
      marginBottom: 50,
      x: {label: "Average Execution Time per Batch (s)", labelAnchor: "center", labelArrow: "none", grid: true, inset: 30},
      y: {label: "Average Samples per Second", labelAnchor: "center", labelArrow: "none", grid: true, inset: 20},
      color: labelled
        ? {type: "ordinal", domain: groups.map((g) => g.label), range: groups.map((g) => g.colour)}
        : prefixes
          ? {type: "ordinal", scheme: "tableau10", domain: prefixes.order}
          : undefined
    },
    options
  );
}

// One dot per group at its averages: coinciding experiments never move along a data axis.
function labelledMarks(groups: Group[]): PlotTypes.Markish[] {
  return [
    Plot.dot(groups, {x: "x", y: "y", fill: "label", stroke: "white", r, title: groupHover}),
    pointLabels((scales) =>
      groups.map((g) => ({x: scales.x!(g.x) as number, y: scales.y!(g.y) as number, offset: r, text: g.label, title: g.experiments.join(", ")}))
    ),
    legendMark({label: "Experiment"})
  ];
}

// Too many to label or list in a legend: each dot where its averages are, coloured by its data prefix (when known)
// and named on hover.
function unlabelled(points: Point[], prefixOf?: Map<string, string>): PlotTypes.Markish[] {
  const fill = prefixOf ? (d: Point) => prefixOf.get(d.experiment) : "steelblue";
  const dots = Plot.dot(points, {x: "x", y: "y", fill, stroke: "white", strokeWidth: 0.5, r: 3, title: pointHover});
  return prefixOf ? [dots, legendMark({label: "Data prefix"})] : [dots];
}

function groupHover(g: Group) {
  const many = g.experiments.length > 1;
  return [
    many ? `${g.names}: ${g.experiments.length} experiments with the same averages` : g.label,
    `${formatNumber(g.x, 2)} s per batch`,
    `${formatNumber(g.y, 2)} samples/s`,
    `${g.n_records} runs${many ? " in all" : ""}`
  ].join("\n");
}

function pointHover(d: Point) {
  return [d.experiment, `${formatNumber(d.x, 2)} s per batch`, `${formatNumber(d.y, 2)} samples/s`, `${d.n_records} runs`].join("\n");
}

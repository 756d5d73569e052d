import type * as PlotTypes from "@observablehq/plot";
import {Plot} from "./plot";
import {element} from "./element";
import {pushDown} from "./pushDown";
import type pl from "nodejs-polars";
import {chartInput} from "./chartInput";
import {chartPlot} from "./chartPlot";
import type {ChartOptions} from "./options";
import {formatNumber} from "./formatNumber";
import {freeLabels, labelBox, type Box} from "./freeLabels";
import {scalingRows, type ScalingPoint as Point, type ScalingRows} from "./scalingRows";

/**
 * Mean total CPU time and memory per run against partition size, each relative to the smallest partition, beside the
 * line of proportional growth; each point is labelled with its absolute mean where no line crosses the label. Takes
 * the runs, or their scalingRows.
 */
export function scalingChart(runs: pl.DataFrame | ScalingRows, options: ChartOptions = {}) {
  const rows = chartInput(runs, scalingRows);
  const {partitions, points, proportional} = rows;
  const base = partitions[0];
  const sizes = partitions.map((d) => d.partition_mb);
  const x = (d: Point) => d.partition.partition_mb;
  // Room left of the first point for its labels (both lines leave it to the right, so the left is always free), and
  // below the lowest points (insetBottom).
  const insetLeft = 12 + Math.max(0, ...points.filter((d) => d.partition === base).map((d) => 2 * labelBox(value(d), 0, 0)[2]));
  return chartPlot(
    [
      Plot.line(proportional, {x: "x", y: "y", stroke: "#999", strokeDasharray: "4,3"}),
      Plot.line(points, {x, y: "ratio", z: "measure", stroke: "measure", strokeWidth: 2}),
      Plot.dot(points, {x, y: "ratio", fill: "measure", r: 4, title: hover}),
      freeLabels((scales) => {
        const at = (d: {x: number; y: number}) => [scales.x!(d.x) as number, scales.y!(d.y) as number] as [number, number];
        const pixels = new Map(points.map((d) => [d, at({x: x(d), y: d.ratio})]));
        const line = (measure: string) => points.filter((d) => d.measure === measure).map((d) => pixels.get(d)!);
        return {
          labels: points.map((d) => ({x: pixels.get(d)![0], y: pixels.get(d)![1], text: value(d), prefer: d.measure === "CPU memory" ? "above" : "below"})),
          lines: [proportional.map(at), line("CPU time"), line("CPU memory")],
          boxes: [
            ...[...pixels.values()].map(([px, py]): Box => [px - 4, py - 4, px + 4, py + 4]),
            ...endLabels(rows, scales).map(({x, y, text}): Box => [x, y - 6, x + 2 * labelBox(text, 0, 0)[2], y + 6])
          ]
        };
      }),
      (_index, scales, _values, _dimensions, {document}) => {
        const g = element(document, "g", {"aria-label": "end label", "font-size": 10, "text-anchor": "start"});
        for (const {x, y, text, fill} of endLabels(rows, scales)) g.append(element(document, "text", {x, y, dy: "0.32em", fill}, text));
        return g;
      }
    ],
    {
      title: "Mean CPU Time and Memory per Run by Partition Size",
      width: 768,
      height: 576,
      marginTop: 50,
      marginLeft: 60,
      marginRight: 90,
      marginBottom: 50,
      x: {label: "Partition size (MB)", labelAnchor: "center", labelArrow: "none", ticks: sizes, grid: true, insetLeft, insetRight: 20},
      y: {label: base ? `Mean per run, relative to ${base.partition} (×)` : "Mean per run", labelAnchor: "center", labelArrow: "none", grid: true, zero: true, nice: true, insetBottom: 20},
      color: {domain: ["CPU time", "CPU memory"], range: ["#4c72b0", "#dd8452"]}
    },
    options
  );
}

function value(d: Point) {
  return d.measure === "CPU time" ? `${formatNumber(d.mean, 1)} s` : `${formatNumber(d.mean / 1024, 1)} GB`;
}

// Each line's name right of its last point, names that would overprint moved down a line.
function endLabels({points, proportional}: ScalingRows, scales: PlotTypes.ScaleFunctions) {
  const last = [...new Map(points.map((d) => [d.measure, d])).values()];
  const items = [
    ...proportional.slice(1).map((d) => ({x: d.x, y: d.y, text: "proportional", fill: "#777"})),
    ...last.map((d) => ({x: d.partition.partition_mb, y: d.ratio, text: d.measure, fill: scales.color!(d.measure) as string}))
  ].map((d) => ({...d, x: (scales.x!(d.x) as number) + 8, y: scales.y!(d.y) as number}));
  items.sort((a, b) => a.y - b.y);
  const span = (d: {x: number; text: string}) => [d.x, d.x + 2 * labelBox(d.text, 0, 0)[2]] as const;
  pushDown(items, span, (d, p) => Math.abs(p.y - d.y) < 12 && span(p)[0] < span(d)[1] && span(d)[0] < span(p)[1], 12);
  return items;
}

function hover(d: Point) {
  return `${d.partition.partition}\nmean total ${d.measure}: ${value(d)} (${formatNumber(d.ratio, 2)}×)\n${d.partition.n_runs} runs`;
}

import {Plot} from "./plot";
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
  const {partitions, points, proportional} = chartInput(runs, scalingRows);
  const base = partitions[0];
  const sizes = partitions.map((d) => d.partition_mb);
  const x = (d: Point) => d.partition.partition_mb;
  // Room left of the first point for its labels (both lines leave it to the right, so the left is always free), and
  // below the lowest points (insetBottom).
  const insetLeft = 12 + Math.max(0, ...points.filter((d) => d.partition === base).map((d) => 2 * labelBox(value(d), 0, 0)[2]));
  return chartPlot(
    [
      Plot.line(proportional, {x: "x", y: "y", stroke: "#999", strokeDasharray: "4,3"}),
      Plot.text(proportional.slice(1), {x: "x", y: "y", text: () => "proportional", fill: "#777", textAnchor: "start", dx: 8}),
      Plot.line(points, {x, y: "ratio", z: "measure", stroke: "measure", strokeWidth: 2}),
      Plot.dot(points, {x, y: "ratio", fill: "measure", r: 4, title: hover}),
      freeLabels((scales) => {
        const at = (d: {x: number; y: number}) => [scales.x!(d.x) as number, scales.y!(d.y) as number] as [number, number];
        const pixels = new Map(points.map((d) => [d, at({x: x(d), y: d.ratio})]));
        const line = (measure: string) => points.filter((d) => d.measure === measure).map((d) => pixels.get(d)!);
        const ends = [...lastOf(points).map((d) => [pixels.get(d)!, d.measure] as const), ...proportional.slice(1).map((d) => [at(d), "proportional"] as const)];
        return {
          labels: points.map((d) => ({x: pixels.get(d)![0], y: pixels.get(d)![1], text: value(d), prefer: d.measure === "CPU memory" ? "above" : "below"})),
          lines: [proportional.map(at), line("CPU time"), line("CPU memory")],
          boxes: [
            ...[...pixels.values()].map(([px, py]): Box => [px - 4, py - 4, px + 4, py + 4]),
            ...ends.map(([[px, py], text]): Box => [px + 8, py - 6, px + 8 + 2 * labelBox(text, 0, 0)[2], py + 6])
          ]
        };
      }),
      Plot.text(points, Plot.selectLast({x, y: "ratio", z: "measure", text: "measure", fill: "measure", textAnchor: "start", dx: 8}))
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

function lastOf(points: Point[]) {
  return [...new Map(points.map((d) => [d.measure, d])).values()];
}

function hover(d: Point) {
  return `${d.partition.partition}\nmean total ${d.measure}: ${value(d)} (${formatNumber(d.ratio, 2)}×)\n${d.partition.n_runs} runs`;
}

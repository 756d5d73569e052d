import {Plot} from "./plot";
import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import type {ChartOptions} from "./options";
import {partitionRows, type PartitionRow as Partition} from "./rows";
import {formatNumber} from "./formatNumber";


interface Point {
  measure: string;
  partition: Partition;
  ratio: number;
  value: string;
}

/**
 * Mean total CPU time and memory per run against partition size, each relative to the smallest partition, beside the
 * line of proportional growth; each point is labelled with its absolute mean.
 */
export function scalingChart(runs: pl.DataFrame, options: ChartOptions = {}) {
  const partitions = partitionRows(runs);
  const base = partitions[0];
  const points = partitions.flatMap((d): Point[] => [
    {measure: "CPU time", partition: d, ratio: d.mean_total_cpu_time / base.mean_total_cpu_time, value: `${formatNumber(d.mean_total_cpu_time, 1)} s`},
    {measure: "CPU memory", partition: d, ratio: d.mean_total_cpu_memory / base.mean_total_cpu_memory, value: `${formatNumber(d.mean_total_cpu_memory / 1024, 1)} GB`}
  ]);
  const sizes = partitions.map((d) => d.partition_mb);
  const proportional = base ? [{x: sizes[0], y: 1}, {x: sizes[sizes.length - 1], y: sizes[sizes.length - 1] / sizes[0]}] : [];
  const x = (d: Point) => d.partition.partition_mb;
  return chartPlot(
    [
      Plot.line(proportional, {x: "x", y: "y", stroke: "#999", strokeDasharray: "4,3"}),
      Plot.text(proportional.slice(1), {x: "x", y: "y", text: () => "proportional", fill: "#777", textAnchor: "start", dx: 8}),
      Plot.line(points, {x, y: "ratio", z: "measure", stroke: "measure", strokeWidth: 2}),
      Plot.dot(points, {x, y: "ratio", fill: "measure", r: 4, title: hover}),
      Plot.text(points, {x, y: "ratio", text: "value", dy: -10, filter: (d: Point) => d.measure === "CPU memory", fill: "#555", stroke: "white"}),
      Plot.text(points, {x, y: "ratio", text: "value", dy: 12, filter: (d: Point) => d.measure === "CPU time", fill: "#555", stroke: "white"}),
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
      x: {label: "Partition size (MB)", labelAnchor: "center", labelArrow: "none", ticks: sizes, grid: true, inset: 20},
      y: {label: base ? `Mean per run, relative to ${base.partition} (×)` : "Mean per run", labelAnchor: "center", labelArrow: "none", grid: true, zero: true, nice: true},
      color: {domain: ["CPU time", "CPU memory"], range: ["#4c72b0", "#dd8452"]}
    },
    options
  );
}

function hover(d: Point) {
  return `${d.partition.partition}\nmean total ${d.measure}: ${d.value} (${formatNumber(d.ratio, 2)}×)\n${d.partition.n_runs} runs`;
}


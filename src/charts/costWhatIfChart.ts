import type pl from "nodejs-polars";
import {chartPlot} from "./chartPlot";
import {formatNumber} from "./formatNumber";
import type {ChartOptions} from "./options";
import {Plot} from "./plot";
import {chartInput} from "./chartInput";
import {whatIfPoints, type WhatIfPoint, type WhatIfPoints} from "./whatIfPoints";

/**
 * Mean cost per run of each partition against the memory every run is configured with (costWhatIf), duration held as
 * measured; a hollow point marks a size at which some of the partition's runs cannot run. Takes the what-if frame, or
 * its whatIfPoints.
 */
export function costWhatIfChart(whatIf: pl.DataFrame | WhatIfPoints, options: ChartOptions = {}) {
  const {partitions, points} = chartInput(whatIf, whatIfPoints);
  const sizes = [...new Set(points.map((d) => d.memory_gb))];
  // Doubling sizes on a log2 axis drawn linear: Plot's log axes leave some chosen tick labels blank (8, 64).
  const x = (d: WhatIfPoint) => Math.log2(d.memory_gb);
  return chartPlot(
    [
      Plot.line(points, {x, y: "cost", stroke: "partition", strokeWidth: 2}),
      Plot.dot(points, {x, y: "cost", stroke: "partition", fill: "partition", r: 4, title: hover, filter: (d: WhatIfPoint) => d.feasible}),
      Plot.dot(points, {x, y: "cost", stroke: "partition", fill: "white", strokeWidth: 1.5, r: 4, title: hover, filter: (d: WhatIfPoint) => !d.feasible}),
      Plot.text(points, Plot.selectLast({x, y: "cost", z: "partition", text: "partition", fill: "partition", textAnchor: "start", dx: 8})),
    ],
    {
      title: "Cost per Run by Configured Memory",
      subtitle: "duration held as measured; hollow: some runs cannot run at that size",
      width: 768,
      height: 576,
      marginTop: 50,
      marginLeft: 70,
      marginRight: 70,
      marginBottom: 50,
      x: {label: "Configured memory (GB)", labelAnchor: "center", labelArrow: "none", ticks: sizes.map(Math.log2), tickFormat: (d: number) => gigabytes(2 ** d), grid: true, inset: 10},
      y: {type: "log", label: "Mean cost per run ($)", labelAnchor: "center", labelArrow: "none", grid: true, tickFormat: (d: number) => `$${+d.toPrecision(2)}`},
      color: {domain: partitions, scheme: "tableau10"},
    },
    options,
  );
}

function gigabytes(gb: number) {
  return `${+gb.toFixed(gb < 1 ? 3 : 1)}`;
}

function hover(d: WhatIfPoint) {
  return `${d.partition} at ${formatNumber(d.memory_gb, 2)} GB\n$${d.cost.toPrecision(4)} per run\n${d.feasible_runs} of ${d.runs} runs can run: ${d.note}`;
}

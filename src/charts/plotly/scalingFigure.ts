import type pl from "nodejs-polars";
import {partitionRows, type PartitionRow as Partition} from "../rows";
import {baseLayout, type Figure, plotlyText} from "./figure";
import {formatNumber} from "../formatNumber";
import {scalingChart} from "../scalingChart";
import {withStaticChart} from "./staticChart";


/** The scaling chart as a plotly figure: each mean relative to the smallest partition, absolute means on hover. */
export function scalingFigure(runs: pl.DataFrame): Figure {
  return withStaticChart(drawFigure(runs), () => scalingChart(runs));
}

function drawFigure(runs: pl.DataFrame): Figure {
  const partitions = partitionRows(runs);
  const base = partitions[0];
  const sizes = partitions.map((d) => d.partition_mb);
  const measures = [
    {name: "CPU time", color: "#4c72b0", value: (d: Partition) => d.mean_total_cpu_time, format: (v: number) => `${formatNumber(v, 2)} s`},
    {name: "CPU memory", color: "#dd8452", value: (d: Partition) => d.mean_total_cpu_memory, format: (v: number) => `${formatNumber(v / 1024, 2)} GB`}
  ];
  return {
    data: [
      {
        type: "scatter",
        mode: "lines",
        name: "proportional",
        x: base ? [sizes[0], sizes[sizes.length - 1]] : [],
        y: base ? [1, sizes[sizes.length - 1] / sizes[0]] : [],
        line: {color: "#999", dash: "dash"},
        hoverinfo: "skip"
      },
      ...measures.map(({name, color, value, format}) => ({
        type: "scatter",
        mode: "lines+markers",
        name,
        x: sizes,
        y: partitions.map((d) => value(d) / value(base)),
        customdata: partitions.map((d) => [plotlyText(d.partition), format(value(d)), d.n_runs]),
        line: {color, width: 2},
        marker: {size: 8},
        hovertemplate: `%{customdata[0]}<br>mean total ${name}: %{customdata[1]}<br>%{y:.2f}× ${base ? plotlyText(base.partition) : ""}<br>%{customdata[2]} runs<extra></extra>`
      }))
    ],
    layout: {
      ...baseLayout("Mean CPU Time and Memory per Run by Partition Size", "Partition size (MB)", base ? `Mean per run, relative to ${base.partition} (×)` : "Mean per run"),
      height: 560
    }
  };
}

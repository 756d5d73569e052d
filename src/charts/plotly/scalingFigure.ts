import type pl from "nodejs-polars";
import {chartInput} from "../chartInput";
import {scalingRows, type ScalingRows} from "../scalingRows";
import {baseLayout, type Figure, plotlyText} from "./figure";
import {formatNumber} from "../formatNumber";
import {scalingChart} from "../scalingChart";
import {withStaticChart} from "./staticChart";

/**
 * The scaling chart as a plotly figure: each mean relative to the smallest partition, absolute means on hover. Takes
 * the runs, or their scalingRows.
 */
export function scalingFigure(runs: pl.DataFrame | ScalingRows): Figure {
  const rows = chartInput(runs, scalingRows);
  return withStaticChart(drawFigure(rows), () => scalingChart(rows));
}

function drawFigure({partitions, points, proportional}: ScalingRows): Figure {
  const base = partitions[0];
  const measures = [
    {name: "CPU time", color: "#4c72b0", format: (v: number) => `${formatNumber(v, 2)} s`},
    {name: "CPU memory", color: "#dd8452", format: (v: number) => `${formatNumber(v / 1024, 2)} GB`}
  ];
  return {
    data: [
      {
        type: "scatter",
        mode: "lines",
        name: "proportional",
        x: proportional.map((d) => d.x),
        y: proportional.map((d) => d.y),
        line: {color: "#999", dash: "dash"},
        hoverinfo: "skip"
      },
      ...measures.map(({name, color, format}) => {
        const mine = points.filter((d) => d.measure === name);
        return {
          type: "scatter",
          mode: "lines+markers",
          name,
          x: mine.map((d) => d.partition.partition_mb),
          y: mine.map((d) => d.ratio),
          customdata: mine.map((d) => [plotlyText(d.partition.partition), format(d.mean), d.partition.n_runs]),
          line: {color, width: 2},
          marker: {size: 8},
          hovertemplate: `%{customdata[0]}<br>mean total ${name}: %{customdata[1]}<br>%{y:.2f}× ${base ? plotlyText(base.partition) : ""}<br>%{customdata[2]} runs<extra></extra>`
        };
      })
    ],
    layout: {
      ...baseLayout("Mean CPU Time and Memory per Run by Partition Size", "Partition size (MB)", base ? `Mean per run, relative to ${base.partition} (×)` : "Mean per run"),
      height: 560
    }
  };
}

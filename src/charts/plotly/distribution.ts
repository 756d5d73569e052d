import type pl from "nodejs-polars";
import {rowsOf} from "../columns";
import {experimentOrder} from "../experiments";
import {baseLayout, type Figure, plotlyText} from "./figure";

interface Run {
  experiment: string;
  total_cpu_time: number;
}

/** The run-level boxes as a plotly figure, one trace per experiment, named with its run count for the hover. */
export function distributionFigure(runs: pl.DataFrame): Figure {
  const rows = rowsOf<Run>(runs, ["experiment", "total_cpu_time"]).filter((d) => Number.isFinite(d.total_cpu_time));
  const order = experimentOrder(rows.map((d) => d.experiment));
  const byExperiment = new Map(order.map((name) => [name, [] as number[]]));
  for (const d of rows) byExperiment.get(d.experiment)!.push(d.total_cpu_time);
  const layout = baseLayout("Total CPU Time per Run by Experiment", "Total CPU Time per Run (s)", "Experiment");
  return {
    data: Array.from(byExperiment, ([experiment, values]) => ({
      type: "box",
      orientation: "h",
      name: plotlyText(`${experiment} (${values.length} runs)`),
      x: values,
      y: values.map(() => plotlyText(experiment)),
      marker: {color: "#4c72b0", size: 3},
      line: {width: 1},
      boxpoints: "outliers",
      hovertemplate: `${plotlyText(experiment)}<br>%{x:.2f} s<extra>${values.length} runs</extra>`
    })),
    layout: {
      ...layout,
      height: Math.max(320, 120 + 24 * order.length),
      showlegend: false,
      margin: {l: 120},
      yaxis: {...(layout.yaxis as object), type: "category", categoryorder: "array", categoryarray: order.map(plotlyText), autorange: "reversed"}
    }
  };
}

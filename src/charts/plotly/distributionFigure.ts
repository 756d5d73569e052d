import type pl from "nodejs-polars";
import type {BoxOutlier, BoxStats} from "../boxStats";
import {chartInput} from "../chartInput";
import {distributionRows, type DistributionRows, type DistributionRun} from "../distributionRows";
import {baseLayout, experimentAxis, type Figure, type FigureOptions, plotlyText} from "./figure";
import {distributionChart} from "../distributionChart";
import {withStaticChart} from "./staticChart";

/**
 * The run-level boxes as a plotly figure, one trace per experiment, named with its run count for the hover; of the
 * latest maxRows experiments only, saying so, when there are more. Takes the runs, or their distributionRows.
 */
export function distributionFigure(runs: pl.DataFrame | DistributionRows, options: FigureOptions = {}): Figure {
  const rows = chartInput(runs, (frame) => distributionRows(frame, options));
  const traces = rows.boxes ? fromStats(rows.order, rows.boxes, rows.outliers ?? []) : fromRuns(rows.order, rows.runs ?? []);
  return withStaticChart({data: traces, layout: boxLayout(rows.order, rows.note)}, () => distributionChart(rows, options));
}

function fromRuns(order: string[], runs: DistributionRun[]): Record<string, unknown>[] {
  const byExperiment = new Map(order.map((name) => [name, [] as number[]]));
  for (const d of runs) byExperiment.get(d.experiment)?.push(d.total_cpu_time);
  return Array.from(byExperiment, ([experiment, values]) => ({
    type: "box",
    orientation: "h",
    name: plotlyText(`${experiment} (${values.length} runs)`),
    x: values,
    y: values.map(() => plotlyText(experiment)),
    marker: {color: "#4c72b0", size: 3},
    line: {width: 1},
    boxpoints: "outliers",
    hovertemplate: `${plotlyText(experiment)}<br>%{x:.2f} s<extra>${values.length} runs</extra>`
  })).filter((trace) => trace.x.length);
}

/**
 * The same boxes from per-experiment statistics (quartiles and whisker ends, which plotly takes as
 * q1, median, q3 and fences), and the outliers as one scatter trace: charts.html then holds a few
 * numbers per experiment instead of every run.
 */
function fromStats(order: string[], boxes: BoxStats[], outliers: BoxOutlier[]): Record<string, unknown>[] {
  const byName = new Map(boxes.map((b) => [b.experiment, b]));
  const traces: Record<string, unknown>[] = order.filter((name) => byName.has(name)).map((experiment) => {
    const b = byName.get(experiment)!;
    return {
      type: "box",
      orientation: "h",
      name: plotlyText(`${experiment} (${b.n} runs)`),
      y: [plotlyText(experiment)],
      q1: [b.q1],
      median: [b.median],
      q3: [b.q3],
      lowerfence: [b.lo],
      upperfence: [b.hi],
      marker: {color: "#4c72b0", size: 3},
      line: {width: 1},
      boxpoints: false,
      hovertemplate: `${plotlyText(experiment)}<extra>${b.n} runs</extra>`
    };
  });
  if (outliers.length) {
    traces.push({
      type: "scatter",
      mode: "markers",
      name: "outliers",
      x: outliers.map((o) => o.value),
      y: outliers.map((o) => plotlyText(o.experiment)),
      marker: {color: "#4c72b0", size: 3},
      hovertemplate: "%{y}<br>%{x:.2f} s<extra></extra>"
    });
  }
  return traces;
}

// Every experiment drawn gets its row, as in the Plot chart, even one without values.
function boxLayout(order: string[], note?: string): Record<string, unknown> {
  const layout = baseLayout("Total CPU Time per Run by Experiment", "Total CPU Time per Run (s)", "Experiment", note);
  return {
    ...layout,
    height: Math.max(320, 120 + 24 * order.length),
    showlegend: false,
    margin: {l: 120},
    yaxis: experimentAxis(layout, order.map(plotlyText))
  };
}

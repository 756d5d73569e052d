import type pl from "nodejs-polars";
import {boxStats, MANY_RUNS} from "../boxStats";
import {requireColumns, rowsOf} from "../columns";
import {experimentOrder} from "../experiments";
import {latestRuns} from "../latestRuns";
import {maxRows} from "../maxRows";
import {baseLayout, type Figure, type FigureOptions, plotlyText} from "./figure";
import {distributionChart} from "../distributionChart";
import {withStaticChart} from "./staticChart";

interface Run {
  experiment: string;
  total_cpu_time: number;
}

/**
 * The run-level boxes as a plotly figure, one trace per experiment, named with its run count for the hover; of the
 * latest maxRows experiments only, saying so, when there are more.
 */
export function distributionFigure(runs: pl.DataFrame, options: FigureOptions = {}): Figure {
  return withStaticChart(drawFigure(runs, options), () => distributionChart(runs, options));
}

function figureFromRuns(runs: pl.DataFrame, note?: string): Figure {
  const rows = rowsOf<Run>(runs, ["experiment", "total_cpu_time"]).filter((d) => Number.isFinite(d.total_cpu_time));
  const order = experimentOrder(rows.map((d) => d.experiment));
  const byExperiment = new Map(order.map((name) => [name, [] as number[]]));
  for (const d of rows) byExperiment.get(d.experiment)!.push(d.total_cpu_time);
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
    layout: boxLayout(order, note)
  };
}

/**
 * The same boxes from per-experiment statistics (quartiles and whisker ends, which plotly takes as
 * q1, median, q3 and fences), and the outliers as one scatter trace: charts.html then holds a few
 * numbers per experiment instead of every run.
 */
function figureFromStats(runs: pl.DataFrame, note?: string): Figure {
  const {experiments, boxes, outliers} = boxStats(runs, "total_cpu_time");
  const byName = new Map(boxes.map((b) => [b.experiment, b]));
  const order = experimentOrder(experiments).filter((name) => byName.has(name));
  const traces: Record<string, unknown>[] = order.map((experiment) => {
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
  return {data: traces, layout: boxLayout(order, note)};
}

function boxLayout(order: string[], note?: string): Record<string, unknown> {
  const layout = baseLayout("Total CPU Time per Run by Experiment", "Total CPU Time per Run (s)", "Experiment", note);
  return {
    ...layout,
    height: Math.max(320, 120 + 24 * order.length),
    showlegend: false,
    margin: {l: 120},
    yaxis: {...(layout.yaxis as object), type: "category", categoryorder: "array", categoryarray: order.map(plotlyText), autorange: "reversed"}
  };
}

function drawFigure(runs: pl.DataFrame, options: FigureOptions): Figure {
  requireColumns(runs, ["experiment", "total_cpu_time"]);
  const {runs: shown, note} = latestRuns(runs, maxRows(options));
  return shown.height > MANY_RUNS ? figureFromStats(shown, note) : figureFromRuns(shown, note);
}

import {assert} from "chai";
import pl from "nodejs-polars";
import {boxStats, MANY_RUNS} from "../../src/charts/boxStats";
import {distributionChart} from "../../src/charts/distributionChart";
import {distributionFigure} from "../../src/charts/plotly/distributionFigure";
import {document, group, texts} from "./document";

/** d3.quantile's rule, which Plot's boxX uses. */
function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = (sorted.length - 1) * p, i0 = Math.floor(i);
  return i0 + 1 < sorted.length ? sorted[i0] + (sorted[i0 + 1] - sorted[i0]) * (i - i0) : sorted[i0];
}

function manyRuns(): pl.DataFrame {
  const experiment: string[] = [], total_cpu_time: (number | null)[] = [];
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < MANY_RUNS + 1000; i++) {
    experiment.push(`Experiment${3 - (i % 3)}`);
    total_cpu_time.push(i % 997 === 0 ? null : i % 101 === 0 ? 50 + random() : 10 + random());
  }
  return pl.DataFrame({experiment, total_cpu_time});
}

describe("boxStats(runs, column)", () => {
  it("gives the quartiles, whisker ends and outliers Plot's boxX computes", () => {
    const runs = manyRuns();
    const {experiments, boxes, outliers} = boxStats(runs, "total_cpu_time");
    assert.deepEqual(experiments, ["Experiment3", "Experiment2", "Experiment1"]);
    const rows = runs.toRecords() as {experiment: string; total_cpu_time: number | null}[];
    for (const box of boxes) {
      const X = rows.filter((r) => r.experiment === box.experiment && r.total_cpu_time !== null).map((r) => r.total_cpu_time as number);
      const q1 = quantile(X, 0.25), q3 = quantile(X, 0.75);
      const lo = q1 * 2.5 - q3 * 1.5, hi = q3 * 2.5 - q1 * 1.5;
      assert.deepEqual(box, {
        experiment: box.experiment, n: X.length, q1, median: quantile(X, 0.5), q3,
        lo: Math.min(...X.filter((x) => x >= lo)), hi: Math.max(...X.filter((x) => x <= hi)),
      });
      assert.sameMembers(outliers.filter((o) => o.experiment === box.experiment).map((o) => o.value), X.filter((x) => x < lo || x > hi));
    }
  });

  it("lets the distribution chart and figure draw many runs from statistics", () => {
    const runs = manyRuns();
    const chart = distributionChart(runs, {document});
    assert.lengthOf(group(chart, "bar").querySelectorAll("rect"), 3);
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text"), ["Experiment1 (6993)", "Experiment2 (6993)", "Experiment3 (6992)"]);
    const figure = distributionFigure(runs);
    assert.deepEqual(figure.data.slice(0, 3).map((t) => t.name), ["Experiment1 (6993 runs)", "Experiment2 (6993 runs)", "Experiment3 (6992 runs)"]);
    assert.equal(figure.data[3].type, "scatter");
  });
});

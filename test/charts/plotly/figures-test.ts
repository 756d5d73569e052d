import {assert} from "chai";
import pl from "nodejs-polars";
import {cpuTimeFigure} from "../../../src/charts/plotly/cpu-time";
import {distributionFigure} from "../../../src/charts/plotly/distribution";
import {executionVsSamplesFigure} from "../../../src/charts/plotly/execution-vs-samples";
import {plotlyText} from "../../../src/charts/plotly/figure";
import {scalingFigure} from "../../../src/charts/plotly/scaling";
import {throughputFigure} from "../../../src/charts/plotly/throughput";
import {seedSummary, syntheticRuns} from "../fixtures";

describe("plotly figures", () => {
  it("plotlyText(text) escapes the markup plotly would read", () => {
    assert.strictEqual(plotlyText("<b>a</b> & b"), "&lt;b&gt;a&lt;/b&gt; &amp; b");
  });

  it("throughputFigure(summary) sorts bars by throughput and hovers experiment, MB/s and runs", () => {
    const [bars] = throughputFigure(seedSummary()).data;
    assert.deepEqual((bars.y as string[]).slice(0, 2), ["Experiment1", "Experiment2"]);
    assert.deepEqual(bars.x as number[], [...(bars.x as number[])].sort((a, b) => a - b));
    assert.strictEqual(bars.hovertemplate, "%{y}<br>%{x:.2f} MB/s<br>%{customdata} runs<extra></extra>");
    assert.lengthOf(bars.customdata as number[], 22);
  });

  it("executionVsSamplesFigure(summary) has a trace per experiment and a label per group of identical averages", () => {
    const {data, layout} = executionVsSamplesFigure(seedSummary());
    assert.lengthOf(data, 22);
    assert.lengthOf(new Set(data.map((trace) => (trace.marker as {color: string}).color)), 22);
    const labels = (layout.annotations as {text: string; yshift: number}[]).map((a) => a.text);
    assert.sameMembers(labels, ["Experiment1", "Experiment2–6", "Experiment7–10", "Experiment11, 15", "Experiment16–20", "Experiment21–25"]);
    const shifted = (layout.annotations as {text: string; yshift: number}[]).filter((a) => a.yshift);
    assert.deepEqual(shifted.map((a) => a.text), ["Experiment11, 15"]);
    const eleven = data.find((trace) => trace.name === "Experiment11")!;
    assert.deepEqual(eleven.customdata, [[205, "<br>same averages as Experiment15"]]);
  });

  it("cpuTimeFigure(summary) orders experiments by number with rotated ticks", () => {
    const {data, layout} = cpuTimeFigure(seedSummary().sort("avg_total_cpu_time_seconds"));
    assert.deepEqual(data[0].x, seedSummary().getColumn("experiment").toArray());
    assert.strictEqual((layout.xaxis as {tickangle: number}).tickangle, -45);
  });

  it("distributionFigure(runs) has a box per experiment named with its run count", () => {
    const {data} = distributionFigure(syntheticRuns());
    assert.deepEqual(data.map((trace) => trace.name), [1, 2, 3, 4, 5, 6, 7].map((i) => `Experiment${i} (6 runs)`));
  });

  it("scalingFigure(runs) relates each partition's means to the smallest partition's", () => {
    const [proportional, time, memory] = scalingFigure(syntheticRuns()).data;
    assert.deepEqual(proportional.y, [1, 10]);
    assert.deepEqual(time.x, [10, 25, 50, 75, 100]);
    assert.strictEqual((time.y as number[])[0], 1);
    assert.strictEqual((memory.y as number[])[0], 1);
    assert.strictEqual((time.customdata as unknown[][])[1][2], 12);
  });

  it("escapes experiment names", () => {
    const summary = seedSummary().head(2).withColumn(pl.Series("experiment", ["<img src=x onerror=alert(1)>", "Experiment2"]));
    const names = [throughputFigure(summary).data[0].y, cpuTimeFigure(summary).data[0].x, executionVsSamplesFigure(summary).data.map((d) => d.name)];
    for (const list of names) assert.include(list as string[], "&lt;img src=x onerror=alert(1)&gt;");
  });
});

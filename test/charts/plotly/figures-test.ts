import {assert} from "chai";
import pl from "nodejs-polars";
import {cpuTimeFigure} from "../../../src/charts/plotly/cpuTimeFigure";
import {distributionFigure} from "../../../src/charts/plotly/distributionFigure";
import {executionVsSamplesFigure} from "../../../src/charts/plotly/executionVsSamplesFigure";
import {plotlyText} from "../../../src/charts/plotly/figure";
import {scalingFigure} from "../../../src/charts/plotly/scalingFigure";
import {throughputFigure} from "../../../src/charts/plotly/throughputFigure";
import {manyRuns, manySummary, seedSummary, syntheticRuns} from "../fixtures";

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

  it("executionVsSamplesFigure(summary) has one trace per set of identical averages, at those averages, labelled with its count", () => {
    const {data, layout} = executionVsSamplesFigure(seedSummary());
    const names = ["Experiment1", "Experiment2–6 (5)", "Experiment7–10 (4)", "Experiment11, 15 (2)", "Experiment16–20 (5)", "Experiment21–25 (5)"];
    assert.deepEqual(data.map((trace) => trace.name), names);
    assert.lengthOf(new Set(data.map((trace) => (trace.marker as {color: string}).color)), 6);
    const twentyOne = data.find((trace) => trace.name === "Experiment21–25 (5)")!;
    assert.deepEqual([twentyOne.x, twentyOne.y], [[2.28], [237.35]]);
    const labels = (layout.annotations as {text: string; yshift: number}[]).map((a) => a.text);
    assert.sameMembers(labels, names);
    const shifted = (layout.annotations as {text: string; yshift: number}[]).filter((a) => a.yshift);
    assert.deepEqual(shifted.map((a) => a.text), ["Experiment11, 15 (2)"]);
    const eleven = data.find((trace) => trace.name === "Experiment11, 15 (2)")!;
    assert.deepEqual(eleven.customdata, [[410]]);
    assert.strictEqual(eleven.hovertemplate, "Experiment11, 15: 2 experiments with the same averages<br>%{x:.2f} s per batch<br>%{y:.2f} samples/s<br>%{customdata[0]} runs in all<extra></extra>");
    assert.strictEqual((layout.title as {subtitle: {text: string}}).subtitle.text, "experiments with identical averages share one dot; (n): how many");
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

  describe("with more experiments than maxRows (60 by default)", () => {
    const subtitle = (figure: {layout: Record<string, unknown>}) => (figure.layout.title as {subtitle?: {text: string}}).subtitle?.text;

    it("throughputFigure(summary) draws the latest 60 of 70 experiments, sorted by throughput, and says so in its subtitle", () => {
      const figure = throughputFigure(manySummary(70));
      const [bars] = figure.data;
      assert.sameMembers(bars.y as string[], Array.from({length: 60}, (_, i) => `Experiment${i + 11}`));
      assert.deepEqual(bars.x as number[], [...(bars.x as number[])].sort((a, b) => a - b));
      assert.strictEqual(subtitle(figure), "the latest 60 of 70 experiments; all are in experiment_summary.csv");
    });

    it("distributionFigure(runs) boxes the latest 60 of 70 experiments and says so in its subtitle", () => {
      for (const perExperiment of [5, 400]) {
        const figure = distributionFigure(manyRuns(70, perExperiment));
        const boxes = figure.data.filter((trace) => trace.type === "box");
        assert.deepEqual(boxes.map((trace) => trace.name), Array.from({length: 60}, (_, i) => `Experiment${i + 11} (${perExperiment} runs)`));
        assert.strictEqual(subtitle(figure), "the latest 60 of 70 experiments; all are in experiment_summary.csv");
      }
    });

    it("executionVsSamplesFigure(summary) draws every point in a trace per data prefix, named on hover, without labels", () => {
      const summary = manySummary(70);
      const figure = executionVsSamplesFigure(summary);
      assert.deepEqual(figure.data.map((trace) => trace.name), ["10MB", "25MB", "50MB", "75MB", "100MB"]);
      const prefixOf = new Map((summary.select("experiment", "data_prefix").rows() as string[][]).map(([e, p]) => [e, p]));
      for (const trace of figure.data) {
        assert.strictEqual(trace.mode, "markers");
        assert.isNotEmpty(trace.text as string[]);
        for (const name of trace.text as string[]) assert.strictEqual(prefixOf.get(name), trace.name, name);
        assert.match(trace.hovertemplate as string, /^%\{text\}<br>/);
      }
      assert.sameMembers(figure.data.flatMap((trace) => trace.text as string[]), Array.from({length: 70}, (_, i) => `Experiment${i + 1}`));
      assert.isUndefined(figure.layout.annotations);
      assert.deepEqual(figure.layout.legend, {title: {text: "Data prefix"}});
      assert.strictEqual(subtitle(figure), "labels omitted above 60 experiments; hover the interactive chart for names");
    });
    it("executionVsSamplesFigure(summary) above maxRows draws one unnamed trace when the summary has no data prefixes", () => {
      const figure = executionVsSamplesFigure(manySummary(70).drop("data_prefix"));
      assert.lengthOf(figure.data, 1);
      assert.lengthOf(figure.data[0].x as number[], 70);
      assert.isFalse(figure.layout.showlegend);
    });

    it("cpuTimeFigure(summary) draws every experiment and names about 20 on the axis", () => {
      const figure = cpuTimeFigure(manySummary(700));
      assert.lengthOf(figure.data[0].x as string[], 700);
      const axis = figure.layout.xaxis as {tickmode: string; tickvals: string[]};
      assert.strictEqual(axis.tickmode, "array");
      assert.deepEqual(axis.tickvals, Array.from({length: 14}, (_, i) => `Experiment${50 * (i + 1)}`));
      assert.isUndefined(subtitle(figure));
    });

    it("takes maxRows as an option, and has no subtitle or thinned axis up to it", () => {
      assert.lengthOf(throughputFigure(seedSummary(), {maxRows: 5}).data[0].y as string[], 5);
      assert.lengthOf(executionVsSamplesFigure(seedSummary(), {maxRows: 21}).data, 5);
      assert.lengthOf(executionVsSamplesFigure(seedSummary(), {maxRows: 22}).data, 6);
      const figures = [throughputFigure(seedSummary()), executionVsSamplesFigure(seedSummary().head(2)), cpuTimeFigure(seedSummary()), distributionFigure(syntheticRuns())];
      for (const figure of figures) assert.deepEqual(Object.keys(figure.layout.title as object), ["text"]);
      assert.notProperty(cpuTimeFigure(seedSummary()).layout.xaxis as object, "tickvals");
      assert.throws(() => cpuTimeFigure(seedSummary(), {maxRows: -1}), "invalid maxRows: -1");
    });
  });
});

import {assert} from "chai";
import type pl from "nodejs-polars";
import {chartInput} from "../../src/charts/chartInput";
import {cpuTimeChart} from "../../src/charts/cpuTimeChart";
import {cpuTimeRows} from "../../src/charts/cpuTimeRows";
import {distributionChart} from "../../src/charts/distributionChart";
import {distributionRows} from "../../src/charts/distributionRows";
import {executionVsSamplesChart} from "../../src/charts/executionVsSamplesChart";
import {executionVsSamplesRows} from "../../src/charts/executionVsSamplesRows";
import {cpuTimeFigure} from "../../src/charts/plotly/cpuTimeFigure";
import {distributionFigure} from "../../src/charts/plotly/distributionFigure";
import {executionVsSamplesFigure} from "../../src/charts/plotly/executionVsSamplesFigure";
import {scalingFigure} from "../../src/charts/plotly/scalingFigure";
import {staticChart} from "../../src/charts/plotly/staticChart";
import {throughputFigure} from "../../src/charts/plotly/throughputFigure";
import {scalingChart} from "../../src/charts/scalingChart";
import {scalingRows} from "../../src/charts/scalingRows";
import {svgString} from "../../src/charts/svgString";
import {throughputChart} from "../../src/charts/throughputChart";
import {throughputRows} from "../../src/charts/throughputRows";
import {document, texts} from "./document";
import {manyRuns, seedSummary, syntheticRuns} from "./fixtures";

describe("chartInput(input, rowsOf)", () => {
  it("computes the rows of a frame, and passes rows through untouched", () => {
    const rows = {rows: []};
    assert.strictEqual(chartInput(rows, () => assert.fail("computed")), rows);
    assert.deepEqual(chartInput(seedSummary(), (frame: pl.DataFrame) => frame.height), 22);
  });

  it("every chart draws the same from its frame as from its rows", () => {
    const [summary, runs] = [seedSummary(), syntheticRuns()];
    const pairs: [Element, Element][] = [
      [throughputChart(summary, {document}), throughputChart(throughputRows(summary), {document})],
      [executionVsSamplesChart(summary, {document}), executionVsSamplesChart(executionVsSamplesRows(summary), {document})],
      [cpuTimeChart(summary, {document}), cpuTimeChart(cpuTimeRows(summary), {document})],
      [distributionChart(runs, {document}), distributionChart(distributionRows(runs), {document})],
      [distributionChart(manyRuns(3, 8000), {document}), distributionChart(distributionRows(manyRuns(3, 8000)), {document})],
      [scalingChart(runs, {document}), scalingChart(scalingRows(runs), {document})],
    ];
    for (const [fromFrame, fromRows] of pairs) assert.strictEqual(svgString(fromRows), svgString(fromFrame));
  });

  it("the Plot chart and the plotly figure both draw the rows they are given, not a frame", () => {
    const throughput = throughputRows(seedSummary());
    throughput.rows[0] = {...throughput.rows[0], experiment: "Given", avg_throughput_MBps: 1.5};
    const bars = throughputFigure(throughput);
    assert.deepEqual(bars.data[0].x, throughput.rows.map((d) => d.avg_throughput_MBps));
    assert.deepEqual(bars.data[0].y, throughput.rows.map((d) => d.experiment));
    assert.deepEqual((bars.layout.xaxis as {range: number[]}).range, throughput.domain);
    assert.include(texts(throughputChart(throughput, {document}), "text"), "Given");
    assert.include(texts(staticChart(bars)!, "text"), "Given");

    const scatter = executionVsSamplesRows(seedSummary());
    scatter.groups[0] = {...scatter.groups[0], label: "Given", x: 1.25};
    const dots = executionVsSamplesFigure(scatter);
    assert.deepEqual(dots.data.map((trace) => trace.name), scatter.groups.map((g) => g.label));
    assert.deepEqual(dots.data.map((trace) => [trace.x, trace.y]), scatter.groups.map((g) => [[g.x], [g.y]]));
    assert.deepEqual(dots.data.map((trace) => (trace.marker as {color: string}).color), scatter.groups.map((g) => g.colour));
    const chart = executionVsSamplesChart(scatter, {document});
    assert.include(texts(chart, "text"), "Given");
    assert.deepEqual(Array.from(chart.querySelectorAll('g[aria-label="dot"] circle'), (c) => c.getAttribute("fill")), scatter.groups.map((g) => g.colour));

    const cpu = cpuTimeRows(seedSummary());
    const line = cpuTimeFigure(cpu);
    assert.deepEqual(line.data[0].y, cpu.rows.map((d) => d.avg_total_cpu_time_seconds));
    assert.deepEqual(line.data[0].x, cpu.rows.map((d) => d.experiment));

    const distribution = distributionRows(syntheticRuns());
    const boxes = distributionFigure(distribution);
    assert.deepEqual(boxes.data.map((trace) => (trace.x as number[]).length), distribution.order.map((name) => distribution.counts.get(name)));
    assert.deepEqual(
      boxes.data.flatMap((trace) => trace.x as number[]),
      distribution.order.flatMap((name) => distribution.runs!.filter((d) => d.experiment === name).map((d) => d.total_cpu_time)),
    );

    const scaling = scalingRows(syntheticRuns());
    const [proportional, time, memory] = scalingFigure(scaling).data;
    assert.deepEqual([proportional.x, proportional.y], [scaling.proportional.map((d) => d.x), scaling.proportional.map((d) => d.y)]);
    assert.deepEqual(time.y, scaling.points.filter((d) => d.measure === "CPU time").map((d) => d.ratio));
    assert.deepEqual(memory.y, scaling.points.filter((d) => d.measure === "CPU memory").map((d) => d.ratio));
  });
});

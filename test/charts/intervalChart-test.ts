import {assert} from "chai";
import {intervalChart} from "../../src/charts/intervalChart";
import {intervalFigure} from "../../src/charts/plotly/intervalFigure";
import {compareStatistics} from "./compareFixtures";
import {document, group, texts} from "./document";
import {assertSnapshot} from "./snapshot";
import {assertClearOfFrame} from "./clearOfFrame";

describe("intervalChart(statistics, {metric})", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("interval", intervalChart(compareStatistics(), {document}));
  });
  it("draws a dot per experiment and an interval line for each with 2 runs or more, in experiment order", () => {
    const chart = intervalChart(compareStatistics(), {document});
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 4);
    assert.lengthOf(group(chart, "rule").querySelectorAll("line"), 3);
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text"), ["Experiment1", "Experiment2", "Experiment3", "Experiment4"]);
    assert.include(texts(chart, "text"), "Mean CPU time per Experiment, with 95% Confidence Intervals");
    assert.include(texts(chart, "title"), "Experiment4\nmean 7.00 (s)\nno interval (1 run)\n1 runs");
  });
  it("keeps every interval clear of the frame: the x axis is nice and inset", () => {
    assertClearOfFrame(intervalChart(compareStatistics(), {document}));
  });
  it("makes its own document when given none", () => {
    assert.equal(intervalChart(compareStatistics()).localName, "svg");
  });
});

describe("intervalFigure(statistics, {metric})", () => {
  it("has the same rows, with the interval as error bars and n, mean and interval on hover", () => {
    const figure = intervalFigure(compareStatistics());
    const trace = figure.data[0] as {x: number[]; y: string[]; customdata: unknown[][]; hovertemplate: string; error_x: {array: number[]}};
    assert.deepEqual(trace.y, ["Experiment1", "Experiment2", "Experiment3", "Experiment4"]);
    assert.closeTo(trace.x[2], 15.225, 1e-9);
    assert.deepEqual(trace.customdata[3], [1, "no interval (1 run)"]);
    assert.equal(trace.error_x.array[3], 0);
    assert.match(trace.hovertemplate, /mean %\{x:\.2f\} \(s\)<br>95% CI %\{customdata\[1\]\}<br>%\{customdata\[0\]\} runs/);
  });
});

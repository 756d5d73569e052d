import {assert} from "chai";
import {deltaChart} from "../../src/charts/deltaChart";
import {deltaFigure} from "../../src/charts/plotly/deltaFigure";
import {comparisons} from "./compareFixtures";
import {document, group, texts} from "./document";
import {assertSnapshot} from "./snapshot";
import {assertClearOfFrame} from "./clearOfFrame";

describe("deltaChart(comparisons, {metric})", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("delta", deltaChart(comparisons(), {document}));
  });
  it("keeps every interval clear of the frame: the x axis is nice and inset", () => {
    assertClearOfFrame(deltaChart(comparisons(), {document}));
  });
  it("colours significant changes and mutes the ones marked ~", () => {
    const chart = deltaChart(comparisons(), {document});
    const fills = Array.from(group(chart, "dot").querySelectorAll("circle"), (c) => c.getAttribute("fill"));
    assert.deepEqual(fills, ["#aaaaaa", "#c62828", "#aaaaaa"]);
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text"), ["Experiment2", "Experiment3", "Experiment4"]);
    assert.deepEqual(texts(group(chart, "text"), "text"), ["~", "~"]);
    assert.include(texts(chart, "text"), "CPU time: Change against Experiment1 (% of its mean)");
  });
});

describe("deltaFigure(comparisons, {metric})", () => {
  it("has one marker per comparison, muted where not significant, with verdict, interval, p and n on hover", () => {
    const trace = deltaFigure(comparisons()).data[0] as {y: string[]; marker: {color: string[]; opacity: number[]}; customdata: string[][]};
    assert.deepEqual(trace.y, ["Experiment2", "Experiment3", "Experiment4"]);
    assert.deepEqual(trace.marker.color, ["#aaaaaa", "#c62828", "#aaaaaa"]);
    assert.deepEqual(trace.marker.opacity, [0.5, 1, 0.5]);
    assert.equal(trace.customdata[1][0], "slower");
    assert.equal(trace.customdata[2][1], "no interval");
  });
});

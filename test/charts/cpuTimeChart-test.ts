import {assert} from "chai";
import {cpuTimeChart} from "../../src/charts/cpuTimeChart";
import {document, group, texts} from "./document";
import {manySummary, seedSummary} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("cpuTimeChart(summary)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("cpu-time", cpuTimeChart(seedSummary(), {document}));
  });

  it("orders experiments by number, whatever the frame's order", () => {
    const shuffled = seedSummary().sort("avg_total_cpu_time_seconds");
    const labels = texts(group(cpuTimeChart(shuffled, {document}), "x-axis tick label"), "text");
    assert.deepEqual(labels, seedSummary().getColumn("experiment").toArray());
  });

  it("rotates the tick labels and draws a marker per experiment on one line", () => {
    const chart = cpuTimeChart(seedSummary(), {document});
    assert.match(group(chart, "x-axis tick label").querySelector("text")!.getAttribute("transform")!, /rotate\(-45\)/);
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 22);
    assert.lengthOf(group(chart, "line").querySelectorAll("path"), 1);
  });

  it("has the seed's title and axis labels", () => {
    const chart = cpuTimeChart(seedSummary(), {document});
    assert.include(texts(chart, "text"), "Average Total CPU Time per Experiment");
    assert.deepEqual(texts(group(chart, "x-axis label"), "text"), ["Experiment"]);
    assert.deepEqual(texts(group(chart, "y-axis label"), "text"), ["Average Total CPU Time (s)"]);
  });

  it("above maxRows draws every experiment but names about 20 on the axis, at round numbers", () => {
    const chart = cpuTimeChart(manySummary(700), {document});
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 700);
    assert.deepEqual(texts(group(chart, "x-axis tick label"), "text"), Array.from({length: 14}, (_, i) => `Experiment${50 * (i + 1)}`));
    assert.lengthOf(group(chart, "x-axis tick").querySelectorAll("path"), 14);
  });

  it("names every experiment up to maxRows", () => {
    assert.lengthOf(texts(group(cpuTimeChart(seedSummary(), {document, maxRows: 22}), "x-axis tick label"), "text"), 22);
    assert.isAtMost(texts(group(cpuTimeChart(seedSummary(), {document, maxRows: 21}), "x-axis tick label"), "text").length, 20);
  });
});

import {assert} from "chai";
import {cpuTimeChart} from "../../src/charts/cpu-time";
import {document, group, texts} from "./document";
import {seedSummary} from "./fixtures";
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
});

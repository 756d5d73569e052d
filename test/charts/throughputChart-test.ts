import {assert} from "chai";
import pl from "nodejs-polars";
import {throughputChart} from "../../src/charts/throughputChart";
import {document, group, texts} from "./document";
import {manySummary, seedSummary} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("throughputChart(summary)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("throughput", throughputChart(seedSummary(), {document}));
  });

  it("draws one bar per experiment, labelled with its name", () => {
    const chart = throughputChart(seedSummary(), {document});
    assert.lengthOf(group(chart, "bar").querySelectorAll("rect"), 22);
    assert.lengthOf(texts(group(chart, "y-axis tick label"), "text"), 22);
  });

  it("sorts bars by throughput, slowest at the top, ties in experiment order", () => {
    const chart = throughputChart(seedSummary(), {document});
    const labels = texts(group(chart, "y-axis tick label"), "text");
    assert.deepEqual(labels.slice(0, 7), ["Experiment1", "Experiment2", "Experiment3", "Experiment4", "Experiment5", "Experiment6", "Experiment7"]);
    assert.deepEqual(labels.slice(-2), ["Experiment24", "Experiment25"]);
    const tops = Array.from(group(chart, "bar").querySelectorAll("rect"), (rect) => +rect.getAttribute("y")!);
    const widths = Array.from(group(chart, "bar").querySelectorAll("rect"), (rect) => +rect.getAttribute("width")!);
    const byTop = tops.map((top, i) => [top, widths[i]]).sort((a, b) => a[0] - b[0]).map(([, width]) => width);
    assert.deepEqual(byTop, [...byTop].sort((a, b) => a - b));
  });

  it("ends the value axis at a labelled tick, at or beyond the longest bar", () => {
    for (const summary of [seedSummary(), manySummary(70), seedSummary().head(1)]) {
      const chart = throughputChart(summary, {document});
      const ticks = Array.from(group(chart, "x-axis tick label").querySelectorAll("text"), (t) => ({x: +/translate\(([\d.]+),/.exec(t.getAttribute("transform")!)![1], label: t.textContent}));
      const last = ticks[ticks.length - 1];
      assert.approximately(last.x, 768 - 30, 0.01, "the last tick is at the frame's end");
      const ends = Array.from(group(chart, "bar").querySelectorAll("rect"), (rect) => +rect.getAttribute("x")! + +rect.getAttribute("width")!);
      assert.isAtMost(Math.max(...ends), last.x + 0.01);
      assert.isAbove(Number(last.label), Math.max(...(summary.getColumn("avg_throughput_MBps").toArray() as number[])) - 1e-9);
    }
  });

  it("has the seed's title and axis labels", () => {
    const chart = throughputChart(seedSummary(), {document});
    assert.include(texts(chart, "text"), "Average Throughput per Experiment (MB/s)");
    assert.deepEqual(texts(group(chart, "x-axis label"), "text"), ["Average Throughput (MB/s)"]);
    assert.deepEqual(texts(group(chart, "y-axis label"), "text"), ["Experiment"]);
  });

  it("shows experiment, throughput and run count on hover", () => {
    const chart = throughputChart(seedSummary(), {document});
    assert.include(texts(group(chart, "bar"), "title"), "Experiment7\n31.04 MB/s\n400 runs");
  });

  it("takes Plot options over its own, and a null title", () => {
    const chart = throughputChart(seedSummary(), {document, width: 500, title: null});
    assert.strictEqual(chart.getAttribute("width"), "500");
    assert.notInclude(texts(chart, "text"), "Average Throughput per Experiment (MB/s)");
  });

  it("draws no bars for an empty summary", () => {
    const chart = throughputChart(seedSummary().head(0), {document});
    assert.lengthOf(chart.querySelectorAll("rect"), 0);
  });

  it("throws on a frame without throughput", () => {
    assert.throws(() => throughputChart(pl.DataFrame({experiment: ["Experiment1"]}), {document}), "missing column: avg_throughput_MBps, n_records");
  });

  it("draws only the latest 60 of 70 experiments, sorted by throughput, and says so under the title", () => {
    const chart = throughputChart(manySummary(70), {document});
    const labels = texts(group(chart, "y-axis tick label"), "text");
    assert.lengthOf(group(chart, "bar").querySelectorAll("rect"), 60);
    assert.sameMembers(labels, Array.from({length: 60}, (_, i) => `Experiment${i + 11}`));
    const summary = manySummary(70);
    const mbps = summary.getColumn("avg_throughput_MBps").toArray() as number[];
    const values = new Map(summary.getColumn("experiment").toArray().map((name, i) => [name as string, mbps[i]]));
    assert.deepEqual(labels.map((name) => values.get(name)), labels.map((name) => values.get(name)).sort((a, b) => a! - b!));
    assert.include(texts(chart, "text"), "the latest 60 of 70 experiments; all are in experiment_summary.csv");
  });

  it("gives each of 60 rows room for its name", () => {
    const chart = throughputChart(manySummary(70), {document});
    const ys = Array.from(group(chart, "y-axis tick label").querySelectorAll("text"), (text) => +/,([\d.]+)\)/.exec(text.getAttribute("transform")!)![1]);
    assert.lengthOf(ys, 60);
    const [nearest] = ys.slice(1).map((y, i) => Math.abs(y - ys[i])).sort((a, b) => a - b);
    assert.isAtLeast(nearest, 12);
  });

  it("draws every experiment up to maxRows, without a note, and takes maxRows as an option", () => {
    assert.notMatch(texts(throughputChart(seedSummary(), {document, maxRows: 22}), "text").join("\n"), /latest/);
    const chart = throughputChart(seedSummary(), {document, maxRows: 5});
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text"), ["Experiment21", "Experiment22", "Experiment23", "Experiment24", "Experiment25"]);
    assert.include(texts(chart, "text"), "the latest 5 of 22 experiments; all are in experiment_summary.csv");
  });

  it("takes a subtitle of its own, or none", () => {
    assert.include(texts(throughputChart(seedSummary(), {document, subtitle: "bundled data"}), "text"), "bundled data");
    assert.notMatch(texts(throughputChart(manySummary(70), {document, subtitle: null}), "text").join("\n"), /latest/);
  });

  it("throws on an invalid maxRows", () => {
    assert.throws(() => throughputChart(seedSummary(), {document, maxRows: 0}), "invalid maxRows: 0");
  });
});

import {assert} from "chai";
import {executionVsSamplesChart} from "../../src/charts/executionVsSamplesChart";
import {document, group, texts} from "./document";
import {manySummary, seedSummary} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("executionVsSamplesChart(summary)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("execution-vs-samples", executionVsSamplesChart(seedSummary(), {document}));
  });

  it("draws one dot per experiment, each in its own colour, with a legend of all experiments", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const fills = Array.from(group(chart, "dot").querySelectorAll("circle"), (dot) => dot.getAttribute("fill"));
    assert.lengthOf(fills, 22);
    assert.lengthOf(new Set(fills), 22);
    const legend = texts(group(chart, "legend"), ":scope > g > text");
    assert.deepEqual(legend, seedSummary().getColumn("experiment").toArray());
  });

  it("labels each group of experiments with identical averages once", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const labels = Array.from(group(chart, "point label").querySelectorAll("text"), (text) => text.firstChild!.textContent);
    assert.sameMembers(labels, ["Experiment1", "Experiment2–6", "Experiment7–10", "Experiment11, 15", "Experiment16–20", "Experiment21–25"]);
    assert.include(texts(group(chart, "point label"), "title"), "Experiment2, Experiment3, Experiment4, Experiment5, Experiment6");
  });

  it("keeps coinciding and nearly coinciding dots apart", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const dots = Array.from(group(chart, "dot").querySelectorAll("circle"), (dot) => [+dot.getAttribute("cx")!, +dot.getAttribute("cy")!]);
    for (const [i, [x1, y1]] of dots.entries()) {
      for (const [x2, y2] of dots.slice(i + 1)) assert.isAtLeast(Math.hypot(x1 - x2, y1 - y2), 9);
    }
  });

  it("keeps labels from overprinting each other", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const ys = Array.from(group(chart, "point label").querySelectorAll("text"), (text) => +text.getAttribute("y")!).sort((a, b) => a - b);
    const [nearest] = ys.slice(1).map((y, i) => y - ys[i]).sort((a, b) => a - b);
    assert.isAtLeast(nearest, 12.5);
  });

  it("names the experiments sharing a point's averages on hover", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    assert.include(texts(group(chart, "dot"), "title"), "Experiment11\n2.40 s per batch\n225.67 samples/s\n205 runs\nsame averages as Experiment15");
  });

  it("has the seed's title and axis labels", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    assert.include(texts(chart, "text"), "Execution Time vs Samples per Second per Experiment");
    assert.deepEqual(texts(group(chart, "x-axis label"), "text"), ["Average Execution Time per Batch (s)"]);
    assert.deepEqual(texts(group(chart, "y-axis label"), "text"), ["Average Samples per Second"]);
  });

  it("above maxRows draws every experiment's dot coloured by data prefix, without labels, and says so under the title", () => {
    const chart = executionVsSamplesChart(manySummary(70), {document});
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 70);
    assert.isNull(chart.querySelector(`g[aria-label="point label"]`));
    assert.deepEqual(texts(group(chart, "legend"), "text"), ["Data prefix", "10MB", "25MB", "50MB", "75MB", "100MB"]);
    const fills = new Set(Array.from(group(chart, "dot").querySelectorAll("circle"), (c) => c.getAttribute("fill")));
    assert.strictEqual(fills.size, 5);
    const plain = executionVsSamplesChart(manySummary(70).drop("data_prefix"), {document});
    assert.isNull(plain.querySelector(`g[aria-label="legend"]`));
    assert.strictEqual(group(plain, "dot").getAttribute("fill"), "steelblue");
    assert.include(texts(chart, "text"), "labels omitted above 60 experiments; hover the interactive chart for names");
    assert.include(texts(group(chart, "dot"), "title"), "Experiment70\n1.50 s per batch\n146.00 samples/s\n20 runs");
  });

  it("labels up to maxRows experiments, and omits the labels above", () => {
    const labelled = executionVsSamplesChart(seedSummary(), {document, maxRows: 22});
    assert.lengthOf(group(labelled, "point label").querySelectorAll("text"), 6);
    assert.notMatch(texts(labelled, "text").join("\n"), /omitted/);
    const unlabelled = executionVsSamplesChart(seedSummary(), {document, maxRows: 21});
    assert.isNull(unlabelled.querySelector(`g[aria-label="point label"]`));
    assert.include(texts(unlabelled, "text"), "labels omitted above 21 experiments; hover the interactive chart for names");
  });
});

import {assert} from "chai";
import {executionVsSamplesChart} from "../../src/charts/executionVsSamplesChart";
import {document, group, texts} from "./document";
import {manySummary, seedSummary} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("executionVsSamplesChart(summary)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("execution-vs-samples", executionVsSamplesChart(seedSummary(), {document}));
  });

  it("draws one dot per set of experiments with identical averages, each set in its own colour, with a legend of the sets", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const fills = Array.from(group(chart, "dot").querySelectorAll("circle"), (dot) => dot.getAttribute("fill"));
    assert.lengthOf(fills, 6);
    assert.lengthOf(new Set(fills), 6);
    const legend = texts(group(chart, "legend"), ":scope > g > text");
    assert.deepEqual(legend, ["Experiment1", "Experiment2–6 (5)", "Experiment7–10 (4)", "Experiment11, 15 (2)", "Experiment16–20 (5)", "Experiment21–25 (5)"]);
  });

  it("labels each set of experiments with identical averages once, with how many there are", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const labels = Array.from(group(chart, "point label").querySelectorAll("text"), (text) => text.firstChild!.textContent);
    assert.sameMembers(labels, ["Experiment1", "Experiment2–6 (5)", "Experiment7–10 (4)", "Experiment11, 15 (2)", "Experiment16–20 (5)", "Experiment21–25 (5)"]);
    assert.include(texts(group(chart, "point label"), "title"), "Experiment2, Experiment3, Experiment4, Experiment5, Experiment6");
    assert.include(texts(chart, "text"), "experiments with identical averages share one dot; (n): how many");
  });

  it("draws every dot exactly at its averages: coinciding experiments never move along a data axis", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document}) as Element & {scale(name: string): {apply(v: number): number}};
    const [x, y] = [chart.scale("x"), chart.scale("y")];
    const dots = Array.from(group(chart, "dot").querySelectorAll("circle"), (dot) => ({cx: +dot.getAttribute("cx")!, cy: +dot.getAttribute("cy")!, title: dot.textContent!}));
    const summary = new Map((seedSummary().select("experiment", "avg_execution_time_seconds_batch", "avg_sample_persec").rows() as [string, number, number][]).map(([e, ...v]) => [e, v]));
    for (const {cx, cy, title} of dots) {
      const first = /^Experiment\d+/.exec(title)![0];
      const [time, samples] = summary.get(first)!;
      assert.approximately(cx, x.apply(time), 0.01, title);
      assert.approximately(cy, y.apply(samples), 0.01, title);
    }
    const twentyOne = dots.find((d) => d.title.startsWith("Experiment21–25"))!;
    assert.approximately(twentyOne.cx, x.apply(2.28), 0.01);
  });

  it("has no subtitle when no experiments coincide", () => {
    const chart = executionVsSamplesChart(seedSummary().head(2), {document});
    assert.notMatch(texts(chart, "text").join("\n"), /share one dot/);
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 2);
  });

  it("keeps labels from overprinting each other", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    const ys = Array.from(group(chart, "point label").querySelectorAll("text"), (text) => +text.getAttribute("y")!).sort((a, b) => a - b);
    const [nearest] = ys.slice(1).map((y, i) => y - ys[i]).sort((a, b) => a - b);
    assert.isAtLeast(nearest, 12.5);
  });

  it("says on hover how many experiments a dot stands for, and their runs in all", () => {
    const chart = executionVsSamplesChart(seedSummary(), {document});
    assert.include(texts(group(chart, "dot"), "title"), "Experiment11, 15: 2 experiments with the same averages\n2.40 s per batch\n225.67 samples/s\n410 runs in all");
    assert.include(texts(group(chart, "dot"), "title"), "Experiment1\n0.33 s per batch\n201.66 samples/s\n15 runs");
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

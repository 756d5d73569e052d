import {assert} from "chai";
import {distributionChart} from "../../src/charts/distributionChart";
import {document, group, texts} from "./document";
import {manyRuns, syntheticRuns} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("distributionChart(runs)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("distribution", distributionChart(syntheticRuns(), {document}));
  });

  it("draws a box per experiment, labelled with its run count, in experiment order", () => {
    const chart = distributionChart(syntheticRuns(), {document});
    assert.lengthOf(group(chart, "bar").querySelectorAll("rect"), 7);
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text"), [1, 2, 3, 4, 5, 6, 7].map((i) => `Experiment${i} (6)`));
  });

  it("has a title and axis labels", () => {
    const chart = distributionChart(syntheticRuns(), {document});
    assert.include(texts(chart, "text"), "Total CPU Time per Run by Experiment");
    assert.deepEqual(texts(group(chart, "x-axis label"), "text"), ["Total CPU Time per Run (s)"]);
  });

  it("draws only the latest 60 of 70 experiments, in experiment order, and says so under the title", () => {
    const chart = distributionChart(manyRuns(70, 5), {document});
    assert.lengthOf(group(chart, "bar").querySelectorAll("rect"), 60);
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text"), Array.from({length: 60}, (_, i) => `Experiment${i + 11} (5)`));
    assert.include(texts(chart, "text"), "the latest 60 of 70 experiments; all are in experiment_summary.csv");
  });

  it("draws the latest experiments the same way from box statistics, above 20,000 runs", () => {
    const chart = distributionChart(manyRuns(70, 400), {document});
    assert.lengthOf(group(chart, "bar").querySelectorAll("rect"), 60);
    assert.deepEqual(texts(group(chart, "y-axis tick label"), "text").slice(0, 2), ["Experiment11 (400)", "Experiment12 (400)"]);
    assert.include(texts(chart, "text"), "the latest 60 of 70 experiments; all are in experiment_summary.csv");
  });

  it("has no note when it draws every experiment", () => {
    assert.notMatch(texts(distributionChart(syntheticRuns(), {document, maxRows: 7}), "text").join("\n"), /latest/);
    assert.include(texts(distributionChart(syntheticRuns(), {document, maxRows: 6}), "text"), "the latest 6 of 7 experiments; all are in experiment_summary.csv");
  });
});

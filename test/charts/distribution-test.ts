import {assert} from "chai";
import {distributionChart} from "../../src/charts/distribution";
import {document, group, texts} from "./document";
import {syntheticRuns} from "./fixtures";
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
});

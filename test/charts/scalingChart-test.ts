import {assert} from "chai";
import pl from "nodejs-polars";
import {scalingChart} from "../../src/charts/scalingChart";
import {document, group, texts} from "./document";
import {syntheticRuns} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("scalingChart(runs)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("scaling", scalingChart(syntheticRuns(), {document}));
  });

  it("draws CPU time and memory against partition size beside the proportional line", () => {
    const chart = scalingChart(syntheticRuns(), {document});
    assert.lengthOf(chart.querySelectorAll('g[aria-label="line"]'), 2);
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 10);
    assert.deepEqual(texts(group(chart, "x-axis tick label"), "text"), ["10", "25", "50", "75", "100"]);
    assert.includeMembers(texts(chart, "text"), ["CPU time", "CPU memory", "proportional"]);
  });

  it("labels the y axis relative to the smallest partition", () => {
    const chart = scalingChart(syntheticRuns(), {document});
    assert.deepEqual(texts(group(chart, "y-axis label"), "text"), ["Mean per run, relative to 10MB (×)"]);
  });

  it("draws a single partition without a warning on stderr (Plot's high-cardinality z warning)", () => {
    const warn = console.warn, warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const runs = syntheticRuns().filter(pl.col("partition").eq(pl.lit("10MB")));
      assert.lengthOf(scalingChart(runs, {document}).querySelectorAll('g[aria-label="line"]'), 2);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, []);
  });
});

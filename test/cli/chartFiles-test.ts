import {assert} from "chai";
import type pl from "nodejs-polars";
import type {Analysis} from "../../src/analyse";
import {cpuTimeRows} from "../../src/charts/cpuTimeRows";
import {distributionRows} from "../../src/charts/distributionRows";
import {executionVsSamplesRows} from "../../src/charts/executionVsSamplesRows";
import {scalingRows} from "../../src/charts/scalingRows";
import {throughputRows} from "../../src/charts/throughputRows";
import {chartFiles} from "../../src/cli/chartFiles";
import {seedSummary, syntheticRuns} from "../charts/fixtures";

/** The frame, and the names of the methods called on it, in order: every read a chart makes of its data. */
function counted(frame: pl.DataFrame): {frame: pl.DataFrame; calls: string[]} {
  const calls: string[] = [];
  // Over a bare object: polars frames are proxies themselves, whose descriptors the invariant checks cannot read.
  const proxy = new Proxy({}, {
    get(_, key) {
      const value = Reflect.get(frame, key, frame);
      if (typeof value !== "function" || typeof key !== "string") return value;
      return (...args: unknown[]) => (calls.push(key), value.apply(frame, args));
    },
  });
  return {frame: proxy as pl.DataFrame, calls};
}

describe("chartFiles(analysis)", () => {
  it("reads the summary and the runs exactly as computing each chart's rows once does: the Plot and plotly renderers share them", () => {
    const [summary, runs] = [counted(seedSummary()), counted(syntheticRuns())];
    const files = chartFiles({summary: summary.frame, runs: runs.frame} as Analysis, {png: false});
    const [summaryOnce, runsOnce] = [counted(seedSummary()), counted(syntheticRuns())];
    throughputRows(summaryOnce.frame);
    executionVsSamplesRows(summaryOnce.frame);
    cpuTimeRows(summaryOnce.frame);
    distributionRows(runsOnce.frame);
    scalingRows(runsOnce.frame);
    assert.isNotEmpty(summaryOnce.calls);
    assert.isNotEmpty(runsOnce.calls);
    assert.deepEqual(summary.calls, summaryOnce.calls);
    assert.deepEqual(runs.calls, runsOnce.calls);
    assert.includeMembers(Object.keys(files), ["avg_throughput_MBps.svg", "partition_scaling.svg", "charts.html"]);
  });

  it("draws the same rows in the SVG and in charts.html", () => {
    const files = chartFiles({summary: seedSummary(), runs: syntheticRuns()} as Analysis, {png: false});
    const html = files["charts.html"] as string;
    for (const label of ["Experiment21–25 (5)", "Experiment11, 15 (2)"]) {
      assert.include(files["execution_vs_sample_persec.svg"] as string, label);
      assert.include(html, label);
    }
  });
});

import {expect} from "chai";
import {experimentSummary} from "../../src/aggregate";
import {
  chartDocument,
  chartsPage,
  cpuTimeChart,
  cpuTimeFigure,
  distributionChart,
  distributionFigure,
  executionVsSamplesChart,
  executionVsSamplesFigure,
  scalingChart,
  scalingFigure,
  svgString,
  throughputChart,
  throughputFigure,
} from "../../src/charts";
import {runsFrame} from "../helpers/runs";

describe("charts of incomplete data", () => {
  // An experiment without runs, one whose metrics are all null, a partition with no size in its name.
  const runs = runsFrame({
    experiment: ["Experiment1", "Experiment1", "Experiment2", "Experiment3"],
    data_path: ["25MB/a", "25MB/b", "odd/c", "50MB/d"],
    total_cpu_time: [1, 2, null, 4],
    total_cpu_memory: [10, 20, null, 40],
    execution_time: [0.1, 0.2, null, 0.4],
    throughput_bps: [1e6, 2e6, null, 4e6],
    sample_persec: [5, 6, null, 8],
  });
  const summary = experimentSummary(runs, {experiments: ["Experiment1", "Experiment2", "Experiment4", "Experiment3"]});

  it("draws every chart without failing, leaving out what cannot be placed", () => {
    const document = chartDocument();
    for (const chart of [throughputChart(summary, {document}), executionVsSamplesChart(summary, {document}), cpuTimeChart(summary, {document}), distributionChart(runs, {document}), scalingChart(runs, {document})]) {
      expect(svgString(chart)).to.match(/<svg /);
    }
    const titles = [...throughputChart(summary, {document}).querySelectorAll("title")].map((t) => t.textContent);
    expect(titles).to.deep.equal(["Experiment1\n1.50 MB/s\n2 runs", "Experiment3\n4.00 MB/s\n1 runs"]);
  });
  it("makes every plotly figure and the page", () => {
    const figures = [throughputFigure(summary), executionVsSamplesFigure(summary), cpuTimeFigure(summary), distributionFigure(runs), scalingFigure(runs)];
    expect(JSON.stringify(figures)).not.to.include("NaN");
    expect(chartsPage(figures)).to.match(/^<!DOCTYPE html>/i);
  });
});

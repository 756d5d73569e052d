import {expect} from "chai";
import {experimentSummary} from "../../src/aggregate";
import {summaryColumns} from "../../src/schema";
import {expectFrame} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";

describe("experimentSummary(runs)", () => {
  const runs = runsFrame({
    experiment: ["Experiment10", "Experiment2", "Experiment10", "Experiment2"],
    data_path: ["25MB/a", "10MB/b", "25MB/c", null],
    total_cpu_time: [1, 10, 3, null],
    total_cpu_memory: [100, 1000, 300, 3000],
    execution_time: [0.5, 2, 1.5, 4],
    throughput_bps: [1e6, 2e6, 3e6, 4e6],
    sample_persec: [10, null, 30, null],
  });

  it("has the columns of experiment_summary.csv, sorted by experiment number", () => {
    const summary = experimentSummary(runs);
    expect(summary.columns).to.deep.equal([...summaryColumns]);
    expect(summary.getColumn("experiment").toArray()).to.deep.equal(["Experiment2", "Experiment10"]);
  });
  it("averages each metric, skipping nulls but counting every run", () => {
    expectFrame(experimentSummary(runs).drop("experiment", "data_prefix", "file_limit"), {
      n_records: [2, 2],
      avg_total_cpu_time_seconds: [10, 2],
      avg_total_cpu_memory_mb: [2000, 200],
      avg_execution_time_seconds_batch: [3, 1],
      avg_throughput_bps: [3e6, 2e6],
      avg_throughput_MBps: [3, 2],
      avg_sample_persec: [null, 20],
    });
  });
  it("takes the data prefix from the experiment's first run with a data path", () => {
    expect(experimentSummary(runs).getColumn("data_prefix").toArray()).to.deep.equal(["10MB", "25MB"]);
  });
  it("assigns file limits 2, 4, 6, 8, 10 cyclically in order of first appearance", () => {
    const names = ["Experiment3", "Experiment9", "Experiment4", "Experiment5", "Experiment6", "Experiment7", "Experiment1"];
    const summary = experimentSummary(runsFrame({experiment: names}));
    expect(summary.select("experiment", "file_limit").toRecords()).to.deep.equal([
      {experiment: "Experiment1", file_limit: 4},
      {experiment: "Experiment3", file_limit: 2},
      {experiment: "Experiment4", file_limit: 6},
      {experiment: "Experiment5", file_limit: 8},
      {experiment: "Experiment6", file_limit: 10},
      {experiment: "Experiment7", file_limit: 2},
      {experiment: "Experiment9", file_limit: 4},
    ]);
  });
  it("takes the order of appearance from the file when given, listing experiments without runs", () => {
    const summary = experimentSummary(runs, {experiments: ["Experiment10", "Experiment4", "Experiment2"]});
    expect(summary.select("experiment", "file_limit", "n_records", "avg_total_cpu_time_seconds").toRecords()).to.deep.equal([
      {experiment: "Experiment2", file_limit: 6, n_records: 2, avg_total_cpu_time_seconds: 10},
      {experiment: "Experiment4", file_limit: 4, n_records: 0, avg_total_cpu_time_seconds: null},
      {experiment: "Experiment10", file_limit: 2, n_records: 2, avg_total_cpu_time_seconds: 2},
    ]);
  });
  it("appends experiments of the runs that were not given, in order of their first run", () => {
    const more = runsFrame({experiment: ["Experiment7", "Experiment5", "Experiment3", "Experiment5"]});
    const summary = experimentSummary(more, {experiments: ["Experiment3"]});
    expect(summary.select("experiment", "file_limit").toRecords()).to.deep.equal([
      {experiment: "Experiment3", file_limit: 2},
      {experiment: "Experiment5", file_limit: 6},
      {experiment: "Experiment7", file_limit: 4},
    ]);
  });
  it("puts experiments without a number last, in order of appearance", () => {
    const summary = experimentSummary(runsFrame({experiment: ["Experiment2", "baseline", "Experiment1"]}));
    expect(summary.getColumn("experiment").toArray()).to.deep.equal(["Experiment1", "Experiment2", "baseline"]);
  });
  it("gives an empty summary for no runs", () => {
    const summary = experimentSummary(runsFrame({experiment: []}));
    expect(summary.height).to.equal(0);
    expect(summary.columns).to.deep.equal([...summaryColumns]);
  });
});

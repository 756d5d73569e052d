import {expect} from "chai";
import {experimentSummary} from "../../src/aggregate";
import {summaryColumns} from "../../src/schema";
import {summaryIntervals} from "../../src/stats/summaryIntervals";
import {records} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";

describe("summaryIntervals(summary, runs)", () => {
  const runs = runsFrame({
    experiment: ["Experiment1", "Experiment1", "Experiment1", "Experiment2"],
    total_cpu_time: [1, 2, 3, 4],
    throughput_bps: [1e6, 2e6, 3e6, 5e6],
  });
  const summary = experimentSummary(runs, {experiments: ["Experiment1", "Experiment2", "Experiment3"]});
  const out = summaryIntervals(summary, runs);

  it("keeps the seed's columns first and unchanged, then a low and high per average, then a note", () => {
    expect(out.columns.slice(0, summaryColumns.length)).to.deep.equal([...summaryColumns]);
    expect(out.columns.slice(summaryColumns.length, summaryColumns.length + 4)).to.deep.equal([
      "avg_total_cpu_time_seconds_ci_low", "avg_total_cpu_time_seconds_ci_high", "avg_total_cpu_memory_mb_ci_low", "avg_total_cpu_memory_mb_ci_high",
    ]);
    expect(out.columns.at(-1)).to.equal("ci_note");
    expect(out.select(...summaryColumns).toRecords()).to.deep.equal(summary.toRecords());
  });
  it("gives the t interval of each average, throughput in MB/s too, and null with a note below 2 runs", () => {
    const [one, two, three] = records(out);
    const half = 4.302652729749464 * (1 / Math.sqrt(3));
    expect(one.avg_total_cpu_time_seconds_ci_low as number).to.be.closeTo(2 - half, 1e-12);
    expect(one.avg_throughput_MBps_ci_high as number).to.be.closeTo(2 + half, 1e-12);
    expect(two).to.include({avg_total_cpu_time_seconds_ci_low: null});
    expect(two.ci_note).to.contain("avg_total_cpu_time_seconds: 1 run: no spread, no interval; avg_total_cpu_memory_mb: 1 run without a value left out; no runs with a value");
    expect(three).to.include({avg_total_cpu_time_seconds_ci_low: null, ci_note: "no runs with a value"});
  });
});

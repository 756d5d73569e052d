import {expect} from "chai";
import {runStatistics} from "../../src/stats/runStatistics";
import {records} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";
import {expectClose, scipy} from "./scipy";

describe("runStatistics(runs, {metrics})", () => {
  const runs = runsFrame({
    experiment: ["Experiment10", "Experiment2", "Experiment2", "Experiment2", "Experiment2", "Experiment10", "Experiment3", "Experiment4", "Experiment4"],
    total_cpu_time: [5, 1, 2, 3, 30, null, 7, 2, 2],
  });
  const stats = records(runStatistics(runs, {metrics: ["total_cpu_time"], groups: ["Experiment9"]}));

  it("gives one row per experiment in natural order, an experiment without runs included", () => {
    expect(stats.map((r) => r.experiment)).to.deep.equal(["Experiment2", "Experiment3", "Experiment4", "Experiment9", "Experiment10"]);
  });
  it("gives n, mean, median, sd, cv, the t interval of the mean, and the runs beyond Tukey's fences", () => {
    const r = stats[0];
    expect(r).to.include({n: 4, missing: 0, mean: 9, median: 2.5, outliers_low: 0, outliers_high: 1, note: ""});
    expectClose(r.sd as number, Math.sqrt(((8 * 8 + 7 * 7 + 6 * 6 + 21 * 21) / 3)), "sd", 1e-15);
    expectClose(r.cv as number, (r.sd as number) / 9, "cv", 1e-15);
    const half = 3.182446305284263 * ((r.sd as number) / 2);
    expectClose(r.mean_ci_low as number, 9 - half, "low", 1e-12);
    expect(r.median_ci_low).to.equal(1);
    expect(r.median_ci_high).to.equal(30);
  });
  it("says why, instead of a NaN, where a number cannot be given: 1 run, no spread, no runs, runs without a value", () => {
    expect(stats[1]).to.include({n: 1, mean: 7, sd: null, mean_ci_low: null, note: "1 run: no spread, no interval"});
    expect(stats[2]).to.include({n: 2, sd: 0, mean_ci_low: 2, mean_ci_high: 2, cv: 0, note: "all values equal: no spread, the intervals are the value itself"});
    expect(stats[3]).to.include({n: 0, mean: null, median: null, note: "no runs with a value"});
    expect(stats[4]).to.include({n: 1, missing: 1, note: "1 run without a value left out; 1 run: no spread, no interval"});
  });
  it("skips the intervals of the median when asked, keeping the median", () => {
    const quick = records(runStatistics(runs, {metrics: ["total_cpu_time"], median: false}))[0];
    expect(quick).to.include({median: 2.5, median_ci_low: null, median_ci_high: null, mean_ci_low: stats[0].mean_ci_low});
  });
  it("leaves out and counts NaN and infinite values as it does nulls", () => {
    const odd = runsFrame({experiment: ["E1", "E1", "E1", "E1", "E1"], total_cpu_time: [1, NaN, Infinity, -Infinity, 3]});
    expect(records(runStatistics(odd, {metrics: ["total_cpu_time"]}))[0]).to.include({n: 2, missing: 3, mean: 2, note: "3 runs without a value left out"});
  });
  it("refuses an unknown or non-numeric column, naming it", () => {
    expect(() => runStatistics(runs, {metrics: ["total_cpu_tim"]})).to.throw("unknown column: total_cpu_tim");
    expect(() => runStatistics(runs, {metrics: ["device"]})).to.throw("not a numeric column: device");
  });
  it("agrees with SciPy's t.interval on the bundled data's Experiment16", () => {
    const c = scipy.meanInterval.find((x: {name: string}) => x.name === "Experiment16, CPU time");
    const experiment = Array(c.x.length).fill("Experiment16");
    const r = records(runStatistics(runsFrame({experiment, total_cpu_time: c.x}), {metrics: ["total_cpu_time"]}))[0];
    expectClose(r.mean_ci_low as number, c.low, "low");
    expectClose(r.mean_ci_high as number, c.high, "high");
  });
});

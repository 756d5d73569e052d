import {expect} from "chai";
import {alikeGroups} from "../../src/stats/alikeGroups";
import {ALL_PAIRS_LIMIT, compareGroups} from "../../src/stats/compareGroups";
import {records} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";
import {expectClose, scipy} from "./scipy";

describe("compareGroups(runs, options)", () => {
  const a = [10.1, 10.4, 9.8, 10.0, 10.3, 10.2, 9.9, 10.6, 10.05, 10.15];
  const runs = runsFrame({
    experiment: [...a.map(() => "Experiment1"), ...a.map(() => "Experiment2"), ...a.map(() => "Experiment3"), "Experiment4"],
    total_cpu_time: [...a, ...a.map((v) => v + 0.01), ...a.map((v) => v * 1.5), 7],
  });

  it("compares every experiment with the first by number, Holm-corrected, with benchstat's verdicts", () => {
    const rows = records(compareGroups(runs, {metrics: ["total_cpu_time"]}));
    expect(rows.map((r) => [r.baseline, r.experiment, r.verdict])).to.deep.equal([
      ["Experiment1", "Experiment2", "~"],
      ["Experiment1", "Experiment3", "slower"],
      ["Experiment1", "Experiment4", "~"],
    ]);
    expect(rows[1]).to.include({n_baseline: 10, n: 10, test: "Mann–Whitney (asymptotic)", cliffs_delta: 1});
    expectClose(rows[1].delta_pct as number, 50, "delta %", 1e-12);
    const ps = rows.map((r) => r.p as number);
    const sorted = [...ps].sort((x, y) => x - y);
    expectClose(rows[1].p_adjusted as number, sorted[0] * 3, "Holm", 1e-12);
  });
  it("notes what it cannot do instead of printing NaN: one run against ten has no Welch test", () => {
    const row = records(compareGroups(runs, {metrics: ["total_cpu_time"]}))[2];
    expect(row).to.include({welch_t: null, p_welch: null, delta_ci_low: null, note: "fewer than 2 runs on a side: no Welch test, no interval of the delta; too few runs for an interval of the shift"});
  });
  it("takes a named baseline, and refuses one it does not know", () => {
    expect(records(compareGroups(runs, {metrics: ["total_cpu_time"], baseline: "Experiment3"})).map((r) => r.experiment)).to.deep.equal(["Experiment1", "Experiment2", "Experiment4"]);
    expect(() => compareGroups(runs, {baseline: "Experiment9"})).to.throw("unknown baseline: Experiment9");
    expect(() => compareGroups(runs, {alpha: 1.5})).to.throw("alpha must be between 0 and 1: 1.5");
  });
  it("compares all pairs when asked, and falls back to the baseline above the limit, saying so", () => {
    expect(compareGroups(runs, {metrics: ["total_cpu_time"], mode: "all pairs"}).height).to.equal(6);
    const many = runsFrame({experiment: Array.from({length: ALL_PAIRS_LIMIT + 1}, (_, i) => `Experiment${i + 1}`), total_cpu_time: Array.from({length: ALL_PAIRS_LIMIT + 1}, (_, i) => i)});
    const rows = records(compareGroups(many, {metrics: ["total_cpu_time"], mode: "all pairs"}));
    expect(rows.length).to.equal(ALL_PAIRS_LIMIT);
    expect(rows[0]).to.include({mode: "baseline"});
    expect(rows[0].note).to.contain(`all pairs of ${ALL_PAIRS_LIMIT + 1} groups exceed ${ALL_PAIRS_LIMIT}: compared with the baseline`);
  });
  it("has a row, with a note, for an experiment without runs", () => {
    const row = records(compareGroups(runs, {metrics: ["total_cpu_time"], groups: ["Experiment7"]})).at(-1)!;
    expect(row).to.include({experiment: "Experiment7", n: 0, p: null, verdict: "n/a", note: "no runs with a value: nothing to compare"});
  });
  it("gives SciPy's p-values for Experiment16 against Experiment21 (CPU time) in the bundled data", () => {
    const mw = scipy.mannWhitney.find((c: {name: string}) => c.name.startsWith("Experiment16 vs Experiment21"));
    const t = scipy.welch.find((c: {name: string}) => c.name.startsWith("Experiment16 vs Experiment21"));
    const frame = runsFrame({experiment: [...mw.x.map(() => "Experiment16"), ...mw.y.map(() => "Experiment21")], total_cpu_time: [...mw.x, ...mw.y]});
    const row = records(compareGroups(frame, {metrics: ["total_cpu_time"], baseline: "Experiment21"}))[0];
    expectClose(row.p as number, mw.p, "Mann–Whitney p");
    expectClose(row.p_welch as number, t.p, "Welch p");
    expect(row.u).to.equal(mw.u);
  });
});

describe("alikeGroups(comparisons)", () => {
  const ten = Array.from({length: 10}, (_, i) => i + 1);
  const runs = runsFrame({
    experiment: [...ten.map(() => "E1"), ...ten.map(() => "E2"), ...ten.map(() => "E3"), ...ten.map(() => "E4")],
    // E2 sits 2.5 above E1 and E3 2.5 above E2 (p ≈ 0.10 each), but E3 is 5 above E1 (p ≈ 0.005); E4 is far off.
    total_cpu_time: [...ten, ...ten.map((v) => v + 2.5), ...ten.map((v) => v + 5), ...ten.map((v) => v + 100)],
  });
  it("joins experiments that no test tells apart, and says when a group is not alike pair by pair", () => {
    const groups = records(alikeGroups(compareGroups(runs, {metrics: ["total_cpu_time"], mode: "all pairs", correction: "none"})));
    expect(groups.map((g) => [g.members, g.every_pair_alike])).to.deep.equal([["E1, E2, E3", false], ["E4", true]]);
  });
});

describe("compareGroups(runs, {mode: 'steps'})", () => {
  it("compares each group with the one before it in natural order, here partitions by size", () => {
    const runs = runsFrame({
      experiment: ["E1", "E1", "E2", "E2", "E3", "E3"],
      data_path: ["100MB/a", "100MB/b", "25MB/a", "25MB/b", "10MB/a", "10MB/b"],
      total_cpu_time: [9, 10, 4, 5, 1, 2],
    });
    const rows = records(compareGroups(runs, {by: "partition", mode: "steps", metrics: ["total_cpu_time"]}));
    expect(rows.map((r) => [r.mode, r.baseline, r.partition, r.delta])).to.deep.equal([
      ["steps", "10MB", "25MB", 3],
      ["steps", "25MB", "100MB", 5],
    ]);
  });
});

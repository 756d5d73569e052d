import {expect} from "chai";
import pl from "nodejs-polars";
import {analyseFile} from "../../src/analyse";
import {alikeGroups} from "../../src/stats/alikeGroups";
import {compareGroups} from "../../src/stats/compareGroups";
import {records} from "../helpers/frames";
import {expectClose, scipy} from "./scipy";

describe("comparisons on the bundled data", () => {
  const {runs} = analyseFile("data/All Experiments.txt");
  const pairs = compareGroups(runs, {mode: "all pairs"});

  const seedGroups = [
    "Experiment2, Experiment3, Experiment4, Experiment5, Experiment6",
    "Experiment7, Experiment8, Experiment9, Experiment10",
    "Experiment11, Experiment15",
    "Experiment16, Experiment17, Experiment18, Experiment19, Experiment20",
    "Experiment21, Experiment22, Experiment23, Experiment24, Experiment25",
  ];
  it("cannot tell apart the seed's five groups of identical averages, and tells every other pair apart in CPU time and memory", () => {
    const groups = records(alikeGroups(pairs));
    for (const metric of ["total_cpu_time", "total_cpu_memory"]) {
      const mine = groups.filter((g) => g.metric === metric);
      expect(mine.map((g) => g.members), metric).to.deep.equal(["Experiment1", ...seedGroups]);
      expect(mine.every((g) => g.every_pair_alike)).to.equal(true);
    }
  });
  it("keeps each of the five groups together in every metric, while execution time also cannot tell 11 and 15 from 16–20", () => {
    const groups = records(alikeGroups(pairs));
    for (const metric of ["execution_time", "throughput_bps", "sample_persec"]) {
      const members = groups.filter((g) => g.metric === metric).map((g) => g.members as string);
      for (const seed of seedGroups) expect(members.some((m) => m.includes(seed)), `${metric}: ${seed}`).to.equal(true);
    }
    expect(groups.filter((g) => g.metric === "execution_time").map((g) => g.members)).to.include(`${seedGroups[2]}, ${seedGroups[3]}`);
  });
  it("finds Experiment21–25 indistinguishable from each other: p = 1, shift 0", () => {
    const within = records(pairs.filter(pl.col("baseline").isIn(["Experiment21", "Experiment22", "Experiment23", "Experiment24"]).and(pl.col("experiment").isIn(["Experiment22", "Experiment23", "Experiment24", "Experiment25"]))));
    expect(within.length).to.equal(10 * 5);
    for (const r of within) expect(r).to.include({p: 1, shift: 0, verdict: "~"});
  });
  it("finds Experiment16 and Experiment21 significantly different in CPU time, with SciPy's p-values", () => {
    const row = records(pairs.filter(pl.col("metric").eq(pl.lit("total_cpu_time")).and(pl.col("baseline").eq(pl.lit("Experiment16"))).and(pl.col("experiment").eq(pl.lit("Experiment21")))))[0];
    const mw = scipy.mannWhitney.find((c: {name: string}) => c.name === "Experiment16 vs Experiment21, CPU time");
    const t = scipy.welch.find((c: {name: string}) => c.name === "Experiment16 vs Experiment21, CPU time");
    // SciPy's U is Experiment16's; ours is the compared experiment's (21 against baseline 16): U16 + U21 = 137·103.
    expect(row.u).to.equal(137 * 103 - mw.u);
    expectClose(row.p as number, mw.p, "Mann–Whitney p");
    expectClose(row.p_welch as number, t.p, "Welch p");
    expect(row.p_adjusted as number).to.be.below(1e-15);
    expect(row.verdict).to.equal("slower");
  });
});

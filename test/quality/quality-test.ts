import {expect} from "chai";
import {experimentSummary} from "../../src/aggregate";
import {experimentGaps, identicalAverages, identicalRunLists, impossibleValues, missingValues, prefixMismatch, qualityChecks} from "../../src/quality";
import {runsFrame} from "../helpers/runs";

const metrics = (cpu: number[]) => ({
  total_cpu_time: cpu,
  total_cpu_memory: cpu.map((x) => x * 100),
  execution_time: cpu.map((x) => x / 10),
  throughput_bps: cpu.map((x) => x * 1e6),
  sample_persec: cpu.map((x) => x * 2),
});

describe("quality checks", () => {
  const clean = runsFrame({experiment: ["E1", "E1", "E2", "E2"], data_path: ["10MB/a", "10MB/b", "25MB/a", "25MB/b"], ...metrics([1, 2, 3, 4])});
  const cleanSummary = experimentSummary(clean);

  it("find nothing in clean data", () => {
    expect(qualityChecks(clean, cleanSummary).height).to.equal(0);
  });
  it("identicalAverages groups experiments whose averages all agree, even summed in another order", () => {
    const runs = runsFrame({experiment: ["E1", "E1", "E2", "E2", "E3"], ...metrics([0.1, 0.7, 0.7, 0.1, 0.4])});
    expect(identicalAverages(experimentSummary(runs))).to.deep.equal([
      {check: "identical averages", experiment: "E1, E2, E3", runs: 5, detail: "3 experiments with the same averages"},
    ]);
    expect(identicalAverages(cleanSummary)).to.deep.equal([]);
  });
  it("identicalRunLists groups experiments holding the same runs in any order, result paths aside, with or without narrowing down in polars first", () => {
    const runs = runsFrame({experiment: ["E2", "E2", "E1", "E1", "E3", "E3"], result_path: ["a", "b", "c", "d", "e", "f"], ...metrics([1, 2, 2, 1, 1, 3])});
    for (const prefilterAbove of [0, Infinity]) {
      expect(identicalRunLists(runs, {prefilterAbove})).to.deep.equal([
        {check: "identical run lists", experiment: "E1, E2", runs: 4, detail: "2 experiments with the same 2 runs"},
      ]);
      expect(identicalRunLists(clean, {prefilterAbove})).to.deep.equal([]);
    }
  });
  it("prefixMismatch finds runs whose data path disagrees with their experiment's prefix", () => {
    const runs = runsFrame({experiment: ["E1", "E1", "E1"], data_path: ["10MB/a", "25MB/x", "25MB/y"], ...metrics([1, 2, 3])});
    expect(prefixMismatch(runs, experimentSummary(runs))).to.deep.equal([
      {check: "data prefix disagrees", experiment: "E1", runs: 2, detail: "expected 10MB, found 25MB (e.g. 25MB/x)"},
    ]);
    expect(prefixMismatch(clean, cleanSummary)).to.deep.equal([]);
  });
  it("impossibleValues finds negative and infinite values, memory parts above totals, samples without time, with or without narrowing down in polars first", () => {
    const runs = runsFrame({
      experiment: ["E1", "E1", "E2", "E2", "E2"],
      total_cpu_time: [-1, Infinity, 0, 1, 1],
      sample_persec: [1, 1, 5, 1, 1],
      total_cpu_memory: [10, 10, 10, 10, 10],
      total_process_memory: [5, 5, 5, 11, 5],
      total_image_memory: [1, 1, 1, 1, 3],
      total_model_memory: [1, 1, 1, 1, 2],
      library_overhead_memory: [1, 1, 1, 1, 1],
    });
    for (const prefilterAbove of [0, Infinity]) {
      expect(impossibleValues(runs, {prefilterAbove})).to.deep.equal([
        {check: "negative value", experiment: "E1", runs: 1, detail: "first at run 0"},
        {check: "infinite value", experiment: "E1", runs: 1, detail: "first at run 1"},
        {check: "process memory above CPU memory", experiment: "E2", runs: 1, detail: "first at run 3"},
        {check: "memory parts above process memory", experiment: "E2", runs: 1, detail: "first at run 4"},
        {check: "samples with zero time", experiment: "E2", runs: 1, detail: "first at run 2"},
      ]);
      expect(impossibleValues(clean, {prefilterAbove})).to.deep.equal([]);
    }
  });
  it("missingValues counts nulls the means leave out, and experiments without runs", () => {
    const runs = runsFrame({experiment: ["E1", "E1"], data_path: ["10MB/a", null], ...metrics([1, 2]), sample_persec: [null, null]});
    expect(missingValues(runs, experimentSummary(runs, {experiments: ["E1", "E9"]}))).to.deep.equal([
      {check: "missing values", experiment: "E1", runs: 2, detail: "sample_persec"},
      {check: "missing values", experiment: "E1", runs: 1, detail: "data_path"},
      {check: "empty experiment", experiment: "E9", runs: 0, detail: "no runs"},
    ]);
    expect(missingValues(clean, cleanSummary)).to.deep.equal([]);
  });
  it("experimentGaps names the numbers missing between ExperimentN names, in any order, and nothing else", () => {
    const summary = (names: string[]) => experimentSummary(runsFrame({experiment: names, ...metrics(names.map((_, i) => i + 1))}), {experiments: names});
    const gap = (experiment: string, detail: string) => ({check: "experiment numbers missing", experiment, runs: 0, detail});
    expect(experimentGaps(summary(["Experiment15", "Experiment2", "Experiment11", "Experiment1", "Experiment3", "Experiment4", "Experiment5", "Experiment6", "Experiment7", "Experiment8", "Experiment9", "Experiment10"]))).to.deep.equal([
      gap("Experiment12–14", "absent: numbers jump from 11 to 15"),
    ]);
    expect(experimentGaps(summary(["Experiment1", "Experiment3", "Experiment7", "Experiment7"]))).to.deep.equal([
      gap("Experiment2", "absent: numbers jump from 1 to 3"),
      gap("Experiment4–6", "absent: numbers jump from 3 to 7"),
    ]);
    expect(experimentGaps(summary(["Experiment9007199254740993", "Experiment9007199254740995"]))).to.deep.equal([
      gap("Experiment9007199254740994", "absent: numbers jump from 9007199254740993 to 9007199254740995"),
    ]);
    // No gap: consecutive numbers, one experiment, numbering from above 1, and names that are not ExperimentN.
    for (const names of [["Experiment1", "Experiment2", "Experiment3"], ["Experiment5"], ["Experiment3", "Experiment4"], ["Experiment1", "baseline", "Experiment2", "Experiment 9", "experiment7", "Experiment4b", "E5", "Experiment-4"], []]) {
      expect(experimentGaps(summary(names)), names.join(", ")).to.deep.equal([]);
    }
  });
  it("qualityChecks counts the gap among its findings, as in the bundled numbering (Experiment12–14)", () => {
    const runs = runsFrame({experiment: ["Experiment11", "Experiment15"], data_path: ["10MB/a", "25MB/a"], ...metrics([1, 2])});
    expect(qualityChecks(runs, experimentSummary(runs)).toRecords()).to.deep.equal([
      {check: "experiment numbers missing", experiment: "Experiment12–14", runs: 0, detail: "absent: numbers jump from 11 to 15"},
    ]);
  });
});

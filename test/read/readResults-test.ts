import {expect} from "chai";
import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {naturalCompare, ResultsError} from "../../src/parse";
import {readResults} from "../../src/read";

describe("readResults(path)", () => {
  const folder = () => mkdtempSync(join(tmpdir(), "results folder "));
  const summary = (path: string) => readResults(path).sections.map((s) => [s.experiment, s.runs.length, s.file!.slice(path.length + 1)]);

  it("reads a single file as readExperiments does", () => {
    const dir = folder();
    writeFileSync(join(dir, "a.txt"), 'Experiment2\n[{}]\nExperiment1\n[]\n');
    expect(summary(join(dir, "a.txt")).map((s) => s.slice(0, 2))).to.deep.equal([["Experiment2", 1], ["Experiment1", 0]]);
  });
  it("reads every results file of a folder in natural name order, remembering each section's file", () => {
    const dir = folder();
    writeFileSync(join(dir, "Experiment10.json"), '[{"a": 1}, {"a": 2},]');
    writeFileSync(join(dir, "Experiment9.json"), "[]");
    writeFileSync(join(dir, "All Experiments.txt"), 'Experiment3\n[{}]\n\nExperiment1\n[{}, {}]\n');
    expect(summary(dir)).to.deep.equal([
      ["Experiment3", 1, "All Experiments.txt"],
      ["Experiment1", 2, "All Experiments.txt"],
      ["Experiment9", 0, "Experiment9.json"],
      ["Experiment10", 2, "Experiment10.json"],
    ]);
    expect(readResults(dir).warnings).to.deep.equal([]);
  });
  it("merges an experiment found in two files, with a warning naming both", () => {
    const dir = folder();
    writeFileSync(join(dir, "a.txt"), "Experiment26\n[{}]\n");
    writeFileSync(join(dir, "Experiment26.json"), "[{}]");
    // "E" sorts before "a": code units, not locale
    expect(readResults(dir).warnings).to.deep.equal([`Experiment26 appears again at ${join(dir, "a.txt")}, line 1 (first at ${join(dir, "Experiment26.json")}, line 1): runs merged`]);
  });
  it("skips hidden files quietly and other files with a warning", () => {
    const dir = folder();
    writeFileSync(join(dir, ".DS_Store"), "\u0000");
    writeFileSync(join(dir, "notes.md"), "# notes");
    mkdirSync(join(dir, "old"));
    expect(readResults(dir).warnings).to.deep.equal([
      `skipped ${join(dir, "notes.md")}: not a results file (*.txt or ExperimentN.json)`,
      `skipped ${join(dir, "old")}: not a results file (*.txt or ExperimentN.json)`,
    ]);
  });
  it("names the file in errors, and refuses a JSON file not named after its experiment", () => {
    const dir = folder();
    writeFileSync(join(dir, "Experiment4.json"), '[{"a": 1},\n{"a": ]');
    expect(() => readResults(dir)).to.throw(ResultsError, `${join(dir, "Experiment4.json")}: Experiment4, line 2: expected a value, found "]"`);
    const other = folder();
    writeFileSync(join(other, "batch.json"), "[]");
    expect(() => readResults(other)).to.throw(ResultsError, `${join(other, "batch.json")}: a JSON results file must be named after its experiment, e.g. Experiment26.json`);
    writeFileSync(join(other, "batch.json"), "");
    const empty = folder();
    writeFileSync(join(empty, "Experiment5.json"), " \n");
    expect(() => readResults(empty)).to.throw(ResultsError, `${join(empty, "Experiment5.json")}: Experiment5, line 1: file is empty`);
  });
});

describe("naturalCompare(a, b)", () => {
  it("orders digit runs by value and the rest by code unit", () => {
    const names = ["Experiment10.json", "Experiment9.json", "All Experiments.txt", "Experiment9a.json", "experiment1.json", "Experiment0010.json"];
    expect(names.sort(naturalCompare)).to.deep.equal(["All Experiments.txt", "Experiment9.json", "Experiment9a.json", "Experiment0010.json", "Experiment10.json", "experiment1.json"]);
  });
});

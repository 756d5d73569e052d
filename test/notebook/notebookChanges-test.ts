import {expect} from "chai";
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import type {Manifest} from "../../src/changes";
import {DATA_MANIFEST, notebookChanges, PREVIOUS_MANIFEST, recordNotebookData, sameData} from "../../src/notebook/notebookChanges";

function data(experiments: [string, number, number][], file = "/data/results.txt"): Manifest {
  return {
    data: "../data/results.txt",
    runs: experiments.reduce((n, [, runs]) => n + runs, 0),
    experiments: experiments.map(([name, runs, cpu]) => ({name, runs, files: [file], averages: [cpu, 1, 2, 3, 4]})),
    files: ["manifest.json"],
  };
}

const first = data([["Experiment1", 10, 1.5], ["Experiment2", 20, 2.5]]);
const appended = data([["Experiment1", 10, 1.5], ["Experiment2", 20, 2.5], ["Experiment26", 3, 9]]);

describe("notebookChanges(current, dir) and recordNotebookData(current, dir)", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "notebook-changes-"))));
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("without a record, say that this is the first run, then record it", () => {
    expect(notebookChanges(first, dir)).to.deep.equal(["first run here: no earlier results to compare with"]);
    expect(recordNotebookData(first, dir)).to.equal("recorded");
    expect(notebookChanges(first, dir)).to.deep.equal(["first run here: no earlier results to compare with"]);
    expect(existsSync(join(dir, PREVIOUS_MANIFEST))).to.equal(false);
  });
  it("on other data, list what it changes compared to the recorded data, and write nothing", () => {
    recordNotebookData(first, dir);
    expect(notebookChanges(appended, dir)).to.deep.equal(["added Experiment26 (3 runs)", "runs: 30 → 33"]);
    expect(notebookChanges(appended, dir)).to.deep.equal(["added Experiment26 (3 runs)", "runs: 30 → 33"]);
    expect(existsSync(join(dir, PREVIOUS_MANIFEST))).to.equal(false);
  });
  it("once the new data is recorded, keep saying what changed since the previous data, on every re-run", () => {
    recordNotebookData(first, dir);
    expect(recordNotebookData(appended, dir)).to.equal("replaced");
    expect(JSON.parse(readFileSync(join(dir, PREVIOUS_MANIFEST), "utf8")).runs).to.equal(30);
    expect(recordNotebookData(appended, dir)).to.equal("unchanged");
    expect(notebookChanges(appended, dir)).to.deep.equal(["added Experiment26 (3 runs)", "runs: 30 → 33"]);
    expect(notebookChanges(first, dir)).to.deep.equal(["removed Experiment26 (3 runs)", "runs: 33 → 30"]);
  });
  it("records file paths relative to the folder, so the record is the same in every clone", () => {
    recordNotebookData(data([["Experiment1", 1, 1]], resolve(dir, "../data/results.txt")), dir);
    expect(JSON.parse(readFileSync(join(dir, DATA_MANIFEST), "utf8")).experiments[0].files).to.deep.equal(["../data/results.txt"]);
  });
  it("rejects a record that is not a manifest", () => {
    writeFileSync(join(dir, DATA_MANIFEST), "{}");
    expect(() => notebookChanges(first, dir)).to.throw(`not a manifest: ${join(dir, DATA_MANIFEST)}`);
  });
});

describe("sameData(a, b)", () => {
  it("compares experiments, runs and averages to 12 digits, not where the data was read from", () => {
    expect(sameData(first, {...first, data: "elsewhere.txt", experiments: first.experiments.map((e) => ({...e, files: ["x"]}))})).to.equal(true);
    expect(sameData(first, data([["Experiment1", 10, 1.5 + 1e-14], ["Experiment2", 20, 2.5]]))).to.equal(true);
    expect(sameData(first, data([["Experiment1", 10, 1.51], ["Experiment2", 20, 2.5]]))).to.equal(false);
    expect(sameData(first, data([["Experiment2", 20, 2.5], ["Experiment1", 10, 1.5]]))).to.equal(false);
    expect(sameData(first, appended)).to.equal(false);
  });
});

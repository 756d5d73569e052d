import {expect} from "chai";
import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {readManifestFile} from "../../src/cli/manifestFile";

const ours = {generator: "bench-analysis", format: 1, files: ["manifest.json", "a.csv"]};
const experiments = [{name: "Experiment1", runs: 2, files: [], averages: [1, null]}];
const earlier = {data: "d.txt", runs: 2, experiments, files: ["experiment_summary.csv", "manifest.json", "summary.md"]};

function read(content: string | null) {
  const dir = mkdtempSync(join(tmpdir(), "manifest "));
  if (content !== null) writeFileSync(join(dir, "manifest.json"), content);
  return readManifestFile(dir);
}

describe("readManifestFile(folder)", () => {
  it("says there is none when there is no manifest.json", () => {
    expect(read(null)).to.deep.equal({kind: "none"});
  });
  it("reads this tool's manifest: its files and the previous run", () => {
    const value = {...ours, data: "d.txt", runs: 2, experiments};
    expect(read(JSON.stringify(value))).to.deep.equal({kind: "ours", files: ours.files, partial: false, previous: value});
  });
  it("reads the manifest of an earlier version, which had no generator, by its exact shape", () => {
    expect(read(JSON.stringify(earlier))).to.deep.equal({kind: "ours", files: earlier.files, partial: false, previous: earlier});
  });
  const foreign: [string, string, string][] = [
    ["a web app's manifest", '{"name":"pwa","icons":[]}', 'manifest.json was not written by bench-analysis (no "generator": "bench-analysis")'],
    ["a manifest without generator that lists other files", '{"data":"d","runs":1,"experiments":[],"files":["manifest.json"]}', 'manifest.json was not written by bench-analysis (no "generator": "bench-analysis")'],
    ["an earlier version's manifest with a key more", JSON.stringify({...earlier, name: "pwa"}), 'manifest.json was not written by bench-analysis (no "generator": "bench-analysis")'],
    ['{"experiments":[null]}', '{"experiments":[null]}', 'manifest.json was not written by bench-analysis (no "generator": "bench-analysis")'],
    ["[1,2]", "[1,2]", "manifest.json is not a JSON object"],
    ["null", "null", "manifest.json is not a JSON object"],
    ["text that is not JSON", "{not json", "manifest.json is not JSON"],
    ["an empty file", "", "manifest.json is not JSON"],
    ["another format", JSON.stringify({...ours, format: "1"}), 'manifest.json has format "1", this version reads 1'],
    ["a list of files reaching outside", JSON.stringify({...ours, files: ["manifest.json", "../thesis.tex"]}), "manifest.json has a damaged list of files"],
    ["an absolute path in the files", JSON.stringify({...ours, files: ["manifest.json", "/etc/passwd"]}), "manifest.json has a damaged list of files"],
    ["no list of files", JSON.stringify({generator: "bench-analysis", format: 1}), "manifest.json has a damaged list of files"],
    ["a list of files without itself", JSON.stringify({...ours, files: ["a.csv"]}), "manifest.json has a damaged list of files"],
  ];
  for (const [what, content, problem] of foreign) {
    it(`calls ${what} foreign, in one line, without throwing`, () => {
      expect(read(content)).to.deep.equal({kind: "foreign", problem});
    });
  }
  it("calls a folder named manifest.json foreign", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest "));
    mkdirSync(join(dir, "manifest.json"));
    expect(readManifestFile(dir)).to.deep.equal({kind: "foreign", problem: "manifest.json is not a regular file"});
  });
  for (const damaged of [[null], [1, 2], [{name: "E1", runs: "2", files: [], averages: []}], "x"]) {
    it(`keeps its own manifest with experiments ${JSON.stringify(damaged)} as ours, with no previous run`, () => {
      expect(read(JSON.stringify({...ours, data: "d", runs: 1, experiments: damaged}))).to.deep.equal({
        kind: "ours",
        files: ours.files,
        partial: false,
        previous: null,
        problem: "manifest.json has a damaged list of experiments: compared with no earlier run",
      });
    });
  }
});

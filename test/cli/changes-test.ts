import {expect} from "chai";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";
import {changes, type Manifest} from "../../src/changes";
import {watchResults} from "../../src/cli/watch";

const experiment = (name: string, runs: number, averages: (number | null)[] = [1, 2, 3, 4, 5]) => ({name, runs, files: [], averages});
const manifestOf = (...experiments: Manifest["experiments"]): Manifest => ({data: "d", runs: experiments.reduce((n, e) => n + e.runs, 0), experiments, files: []});

describe("changes(previous, current)", () => {
  it("says when there is nothing to compare with, or nothing changed", () => {
    expect(changes(null, manifestOf(experiment("E1", 2)))).to.deep.equal(["first run here: no earlier results to compare with"]);
    expect(changes(manifestOf(experiment("E1", 2)), manifestOf(experiment("E1", 2)))).to.deep.equal(["no changes since the last run (1 experiments, 2 runs)"]);
  });
  it("lists experiments added, changed and removed, and the run totals", () => {
    const before = manifestOf(experiment("E1", 2), experiment("E2", 3), experiment("E3", 1));
    const after = manifestOf(experiment("E1", 2, [1, 2, 3, 4, 6]), experiment("E2", 4), experiment("E4", 1));
    expect(changes(before, after)).to.deep.equal([
      "changed E1: same 2 runs, other values",
      "changed E2: 3 → 4 runs",
      "added E4 (1 run)",
      "removed E3 (1 run)",
      "runs: 6 → 7",
    ]);
  });
});

const silent = () => undefined;
const sectionsOf = (name: string) => readFileSync("data/All Experiments.txt", "utf8").split(/^(?=Experiment\d+\s*$)/m).find((s) => s.startsWith(`${name}\n`))!;
const experiment26 = () => JSON.stringify(JSON.parse(sectionsOf("Experiment7").replace(/^Experiment7\n/, "")).slice(0, 9), null, 1);

describe("new experiments arriving", () => {
  it("a new ExperimentN.json in the results folder shows up everywhere; earlier labels stay", function () {
    this.timeout(60_000); // two whole runs on the bundled data
    const dir = mkdtempSync(join(tmpdir(), "arrive-")), data = join(dir, "data"), out = join(dir, "out");
    mkdirSync(data);
    copyFileSync("data/All Experiments.txt", join(data, "All Experiments.txt"));
    expect(main(["--data", data, "--out", out], silent, silent)).to.equal(0);
    const before = readFileSync(join(out, "experiment_summary.csv"), "utf8").trim().split("\n");
    writeFileSync(join(data, "Experiment26.json"), experiment26());
    const lines: string[] = [];
    expect(main(["--data", data, "--out", out], (l) => lines.push(l), silent)).to.equal(0);
    const after = readFileSync(join(out, "experiment_summary.csv"), "utf8").trim().split("\n");
    expect(after.slice(0, before.length)).to.deep.equal(before);
    expect(after[before.length]).to.match(/^Experiment26,25MB,6,9,/);
    expect(lines).to.include("added Experiment26 (9 runs)");
    const summary = readFileSync(join(out, "summary.md"), "utf8");
    expect(summary).to.include("- added Experiment26 (9 runs)\n- runs: 3410 → 3419");
    expect(summary).to.match(/\| Experiment26 +\| Experiment26\.json +\| 1 +\|/);
  });
  it("--watch analyses again when a file arrives, waiting out a half-written one", async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), "watch-")), data = join(dir, "data"), out = join(dir, "out");
    mkdirSync(data);
    copyFileSync("data/All Experiments.txt", join(data, "All Experiments.txt"));
    const lines: string[] = [];
    const controller = new AbortController();
    const done = watchResults({data, out}, (l) => lines.push(l), controller.signal, 50);
    const seen = (pattern: RegExp) => until(() => lines.some((l) => pattern.test(l)), () => lines.join("\n"));
    try {
      await seen(/^wrote /);
      const text = experiment26();
      writeFileSync(join(data, "Experiment26.json"), text.slice(0, text.indexOf("\n }") + 3));
      await seen(/^waiting for valid data: .*Experiment26\.json: Experiment26, line 1: unclosed list$/);
      writeFileSync(join(data, "Experiment26.json"), text);
      await seen(/^added Experiment26 \(9 runs\)$/);
    } finally {
      controller.abort();
      await done;
    }
    expect(readFileSync(join(out, "experiment_summary.csv"), "utf8")).to.match(/\nExperiment26,25MB,6,9,/);
    expect(lines.filter((l) => l.startsWith("waiting"))).to.have.length(1);
  });
  it("--watch stops with exit code 2 and one line when the output folder is not one it may replace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch-")), out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    const errors: string[] = [];
    const code = await main(["--data", "data/All Experiments.txt", "--out", out, "--watch"], () => {}, (l) => errors.push(l), new AbortController().signal);
    expect(code).to.equal(2);
    expect(errors).to.deep.equal([`error: refusing to replace ${out}: notes.txt was not written by this tool (there is no manifest.json); move it or choose another --out`]);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).to.equal("mine");
  });
});

async function until(condition: () => boolean, seen: () => string, ms = 45_000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting; printed so far:\n${seen()}`);
  }
}

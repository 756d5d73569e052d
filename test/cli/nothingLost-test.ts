import {expect} from "chai";
import {spawn, spawnSync} from "node:child_process";
import {copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";
import {bigData} from "./helpers/bigData";
import {opened} from "./helpers/opened";

// The reproducers of issue 13 ("nothing lost, nothing misread"), each run through the command.
const runs = (n: number) => Array.from({length: n}, (_, i) => ({data_path: `25MB/f${i}`, "total_cpu_time (seconds)": i + 1, "total_cpu_memory (MB)": 100}));
const DATA = `Experiment1\n${JSON.stringify(runs(3))}\nExperiment2\n${JSON.stringify(runs(2))}\n`;

function run(argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = main(argv, (line) => out.push(line), (line) => err.push(line)) as number;
  return {code, stdout: out, stderr: err.join("\n")};
}

describe("nothing lost: the output folder (issue 13)", () => {
  const dir = mkdtempSync(join(tmpdir(), "lost ")), data = join(dir, "data.txt");
  writeFileSync(data, DATA);
  const place = (name: string) => join(dir, name);
  // One run's output folder, made once; a test that needs an earlier run of its own gets a copy.
  const earlier = join(mkdtempSync(join(tmpdir(), "lost-earlier-")), "results");
  before(() => expect(run(["--data", data, "--out", earlier]).code).to.equal(0));
  const earlierRun = (out: string) => cpSync(earlier, out, {recursive: true});

  it("never deletes a web app's folder because it has a manifest.json: exit 2, one line, every file kept", () => {
    const app = place("app");
    mkdirSync(join(app, "src"), {recursive: true});
    writeFileSync(join(app, "manifest.json"), '{"name":"pwa"}');
    writeFileSync(join(app, "index.html"), "<html>");
    writeFileSync(join(app, "src", "a.js"), "js");
    const {code, stderr, stdout} = run(["--data", data, "--out", app]);
    expect([code, stderr, stdout]).to.deep.equal([2, `error: refusing to replace ${app}: manifest.json was not written by bench-analysis (no "generator": "bench-analysis")`, []]);
    expect(readdirSync(app).sort()).to.deep.equal(["index.html", "manifest.json", "src"]);
    expect(readFileSync(join(app, "src", "a.js"), "utf8")).to.equal("js");
  });
  it("never deletes the input file inside its own output folder: refused before any work", () => {
    const out = place("r");
    earlierRun(out);
    copyFileSync(data, join(out, "my.txt"));
    const {code, stderr, stdout} = run(["--data", join(out, "my.txt"), "--out", out]);
    expect(code).to.equal(2);
    expect(stderr).to.equal(`error: refusing to write ${out}: --data ${join(out, "my.txt")} is inside it, and the output folder is replaced on every run`);
    expect(stdout).to.deep.equal([]);
    expect(readFileSync(join(out, "my.txt"), "utf8")).to.equal(DATA);
  });
  it("refuses --data equal to --out, or to a file it writes there", () => {
    const out = place("r");
    for (const path of [out, join(out, "summary.md")]) expect(run(["--data", path, "--out", out]).stderr).to.match(/is inside it, and the output folder is replaced on every run$/);
  });
  it("checks --out before reading the data: a refused folder is said even when the data is missing", () => {
    const mine = place("mine");
    mkdirSync(mine);
    writeFileSync(join(mine, "notes.txt"), "mine");
    const {code, stderr} = run(["--data", place("missing.txt"), "--out", mine]);
    expect(code).to.equal(2);
    expect(stderr).to.equal(`error: refusing to replace ${mine}: notes.txt was not written by this tool (there is no manifest.json); move it or choose another --out`);
  });

  const manifests: [string, string][] = [
    ['{"experiments":[null]}', 'manifest.json was not written by bench-analysis (no "generator": "bench-analysis")'],
    ["[1,2]", "manifest.json is not a JSON object"],
    ["not json", "manifest.json is not JSON"],
  ];
  for (const [content, problem] of manifests) {
    it(`reports a foreign or damaged manifest ${content} in one line, exit 2, on every run`, () => {
      const out = place(`m${manifests.findIndex(([c]) => c === content)}`);
      mkdirSync(out);
      writeFileSync(join(out, "manifest.json"), content);
      for (let i = 0; i < 2; i++) expect(run(["--data", data, "--out", out])).to.deep.include({code: 2, stderr: `error: refusing to replace ${out}: ${problem}`});
      expect(readFileSync(join(out, "manifest.json"), "utf8")).to.equal(content);
    });
  }
  it("takes its own manifest with a damaged list of experiments as no previous run, with a warning", () => {
    const out = place("damaged");
    earlierRun(out);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    writeFileSync(join(out, "manifest.json"), JSON.stringify({...manifest, experiments: [null]}));
    const {code, stdout} = run(["--data", data, "--out", out]);
    expect(code).to.equal(0);
    expect(stdout[0]).to.equal(`warning: ${out}/manifest.json has a damaged list of experiments: compared with no earlier run`);
    expect(stdout).to.include("first run here: no earlier results to compare with");
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).experiments).to.have.length(2);
  });

  it("replaces a folder written by the earlier version, whose manifest had no generator, by that manifest's list", () => {
    const out = place("earlier");
    earlierRun(out);
    const {generator, format, ...earlier} = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect([generator, format]).to.deep.equal(["bench-analysis", 1]);
    writeFileSync(join(out, "manifest.json"), JSON.stringify({...earlier, files: [...earlier.files, "old.md"]}));
    writeFileSync(join(out, "old.md"), "from the earlier version");
    const {code, stdout} = run(["--data", data, "--out", out]);
    expect(code).to.equal(0);
    expect(stdout).to.include("no changes since the last run (2 experiments, 5 runs)");
    expect(existsSync(join(out, "old.md"))).to.equal(false);
  });

  const faults: [string, () => string, number, (out: string) => string][] = [
    ["an existing file", () => (writeFileSync(place("file"), "x"), place("file")), 3, (out) => `cannot write ${out}: a file is in the way, not a folder`],
    ["a path under a file", () => (writeFileSync(place("file2"), "x"), join(place("file2"), "out")), 3, () => `cannot write ${join(place("file2"), "out")}: ${place("file2")} is a file, not a folder (ENOTDIR)`],
    ["empty", () => "", 2, () => "--out is empty: give the output folder (see --help)"],
    ["a dangling symbolic link", () => (symlinkSync(place("nowhere"), place("dangling")), place("dangling")), 3, (out) => `cannot write ${out}: a symbolic link to ${place("nowhere")}, which does not exist`],
  ];
  for (const [what, make, exit, problem] of faults) {
    it(`exits ${exit} with one line when --out is ${what}, touching nothing`, () => {
      const out = make();
      const before = readdirSync(dir).sort();
      const {code, stderr, stdout} = run(["--data", data, "--out", out]);
      expect([code, stderr, stdout]).to.deep.equal([exit, `error: ${problem(out)}`, []]);
      expect(readdirSync(dir).sort()).to.deep.equal(before);
    });
  }
  it("writes through a symbolic --out: the target gets the new results, the link stays", () => {
    const real = place("real"), link = place("link");
    earlierRun(real);
    symlinkSync(real, link);
    writeFileSync(data.replace("data.txt", "one.txt"), `Experiment1\n${JSON.stringify(runs(1))}\n`);
    expect(run(["--data", place("one.txt"), "--out", link]).code).to.equal(0);
    expect(lstatSync(link).isSymbolicLink()).to.equal(true);
    expect(readFileSync(join(real, "experiment_summary.csv"), "utf8").trim().split("\n")).to.have.length(2);
  });
  it("restores the old results left aside by a run killed between the two renames, on the next start", function () {
    this.timeout(20_000);
    const out = place("killed");
    earlierRun(out);
    const summary = readFileSync(join(out, "summary.md"), "utf8");
    const killed = spawnSync(process.execPath, ["--require", "tsx/cjs", "test/cli/helpers/writeChild.ts", out, "new", "old moved"]);
    expect(killed.signal).to.equal("SIGKILL");
    expect(existsSync(out)).to.equal(false);
    const {code, stdout} = run(["--data", place("missing.txt"), "--out", out]);
    expect(code).to.equal(1);
    expect(stdout[0]).to.match(new RegExp(`^restored .*killed from \\.killed\\.old-${killed.pid}: the run that was replacing it \\(pid ${killed.pid}\\) was interrupted$`));
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.equal(summary);
    expect(readdirSync(dir).filter((name) => name.startsWith(".killed"))).to.deep.equal([]);
  });
  it("lets two runs racing into one folder both end in one line (0, or 3 if refused), leaving one complete result", async function () {
    this.timeout(60_000);
    const out = place("race");
    const start = () =>
      new Promise<{code: number | null; stderr: string}>((resolve) => {
        const child = spawn(process.execPath, ["--require", "tsx/cjs", "src/cli/main.ts", "--data", data, "--out", out]);
        let stderr = "";
        child.stderr.on("data", (chunk) => (stderr += chunk));
        child.on("close", (code) => resolve({code, stderr}));
      });
    const results = await Promise.all([start(), start()]);
    for (const {code, stderr} of results) {
      if (code === 0) expect(stderr).to.equal("");
      else expect([code, stderr]).to.match(/^3,error: cannot write .*race: another run (\(pid \d+\) )?is writing it\n$/);
    }
    expect(results.some((r) => r.code === 0)).to.equal(true);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).files).to.deep.equal(readdirSync(out).sort());
    expect(readdirSync(dir).filter((name) => name.startsWith(".race"))).to.deep.equal([]);
  });
  it("ends a single run within a second of Ctrl-C (SIGINT) mid-analysis, old results intact", async function () {
    this.timeout(60_000);
    const out = place("interrupted"), big = place("big.txt");
    earlierRun(out);
    const before = readFileSync(join(out, "summary.md"), "utf8");
    writeFileSync(big, bigData());
    const child = spawn(process.execPath, ["--require", "tsx/cjs", "src/cli/main.ts", "--data", big, "--out", out]);
    const exited = new Promise<string | null>((resolve) => child.on("exit", (_, signal) => resolve(signal)));
    // the analysis is under way once the data file is open
    await until(() => opened(big));
    const started = performance.now();
    child.kill("SIGINT");
    expect(await exited).to.equal("SIGINT");
    expect(performance.now() - started).to.be.below(1000);
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.equal(before);
  });
});

async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 10))) if (Date.now() - start > ms) throw new Error("timed out");
}

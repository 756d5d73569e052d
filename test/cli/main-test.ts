import {expect} from "chai";
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";
import {summaryColumns} from "../../src/schema";

const BUNDLED = "data/All Experiments.txt";

function run(argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = main(argv, (line) => out.push(line), (line) => err.push(line)) as number;
  return {code, stdout: out.join("\n"), stderr: err.join("\n")};
}

describe("the command (npm start)", () => {
  const dir = mkdtempSync(join(tmpdir(), "cli ünï "));
  const broken = (name: string, content: string | Buffer) => (writeFileSync(join(dir, name), content), join(dir, name));

  it("writes both tables and summary.md for the bundled file, and reports what it read", () => {
    const out = join(dir, "results");
    const {code, stdout} = run(["--data", BUNDLED, "--out", out]);
    expect(code).to.equal(0);
    const charts = ["avg_cpu_time", "avg_throughput_MBps", "cpu_time_distribution", "execution_vs_sample_persec", "partition_scaling", "total_cpu_time_intervals", "total_cpu_time_vs_baseline"].flatMap((c) => [`${c}.png`, `${c}.svg`]);
    expect(readdirSync(out).sort()).to.deep.equal(
      [...charts, "charts.html", "comparison.csv", "comparison.html", "comparison.md", "experiment_summary.csv", "manifest.json", "partition_cost_table.csv", "quality.csv", "quality.md", "summary.md"].sort(),
    );
    expect(readFileSync(join(out, "avg_throughput_MBps.png")).subarray(1, 4).toString()).to.equal("PNG");
    expect(readFileSync(join(out, "avg_throughput_MBps.svg"), "utf8")).to.match(/^(<\?xml [^>]*\?>\n)?<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(readFileSync(join(out, "quality.csv"), "utf8").split("\n").filter((l) => l.startsWith("identical averages,"))).to.have.length(5);
    expect(readFileSync(join(out, "quality.csv"), "utf8")).to.include("\nexperiment numbers missing,Experiment12–14,0,absent: numbers jump from 11 to 15\n");
    expect(readFileSync(join(out, "experiment_summary.csv"), "utf8").split("\n")[0]).to.match(new RegExp(`^${summaryColumns.join(",")},avg_total_cpu_time_seconds_ci_low,`));
    expect(readFileSync(join(out, "experiment_summary.csv"), "utf8").trim().split("\n")).to.have.length(23);
    expect(readFileSync(join(out, "partition_cost_table.csv"), "utf8")).to.match(/^partition,Requests,Duration_s,Memory_GB,Cost \(\$\)\n10MB,100,3\.56,7\.0,\n/);
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.include(readFileSync("test/fixtures/seed-summary.md", "utf8"));
    expect(stdout).to.include(`read ${BUNDLED}: 22 experiments, 3410 runs in, 3410 kept`);
    expect(stdout).to.include("values coerced: none");
  });
  it("replaces its own earlier output folder, but refuses if a file it did not write is in it", () => {
    const out = join(dir, "again");
    expect(run(["--data", BUNDLED, "--out", out]).code).to.equal(0);
    const first = readdirSync(out).sort();
    expect(run(["--data", BUNDLED, "--out", out]).code).to.equal(0);
    expect(readdirSync(out).sort()).to.deep.equal(first);
    writeFileSync(join(out, "stale.txt"), "mine now");
    const {code, stderr} = run(["--data", BUNDLED, "--out", out]);
    expect(code).to.equal(2);
    expect(stderr).to.equal(`error: refusing to replace ${out}: stale.txt was not written by this tool (manifest.json does not list it); move it or choose another --out`);
    expect(readFileSync(join(out, "stale.txt"), "utf8")).to.equal("mine now");
  });
  it("refuses to replace a folder it did not write", () => {
    const out = join(dir, "mine");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "precious");
    const {code, stderr} = run(["--data", BUNDLED, "--out", out]);
    expect(code).to.equal(2);
    expect(stderr).to.equal(`error: refusing to replace ${out}: notes.txt was not written by this tool (there is no manifest.json); move it or choose another --out`);
    expect(readdirSync(out)).to.deep.equal(["notes.txt"]);
  });
  it("prints help and exits 0", () => {
    const {code, stdout} = run(["--help"]);
    expect(code).to.equal(0);
    expect(stdout).to.match(/^Usage: npm start -- \[--data <file or folder>\] \[--out <dir>\] \[--watch\]/);
    expect(stdout).to.include("Exit codes: 0 done, 1 bad input (nothing written), 2 usage error or output folder refused\n(nothing written), 3 cannot write the output");
  });
  it("exits 2 with one line on an unknown option", () => {
    const {code, stderr} = run(["--date", "x"]);
    expect(code).to.equal(2);
    expect(stderr).to.equal("error: Unknown option '--date' (see --help)");
  });

  const cases: [string, string | Buffer, string][] = [
    ["unclosed.txt", 'Experiment1\n[{"a": 1},\n\nExperiment2\n[]\n', "Experiment1, line 2: unclosed list"],
    ["object.txt", 'Experiment1\n{"a": 1}\n', "Experiment1, line 2: expected a list of runs, found an object"],
    ["no list.txt", "Experiment1\n\nExperiment2\n[]\n", "Experiment1, line 1: no list after header"],
    ["empty.txt", "", "no experiments found"],
    ["garbage.bin", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x9f, 0x0a]), "line 1: invalid UTF-8"],
    ["garbage.txt", "\u0000\u0001\u0002binary\n", 'line 1: expected an ExperimentN header, found "\\u0000\\u0001\\u0002binary"'],
  ];
  for (const [name, content, problem] of cases) {
    it(`exits 1 with one line naming the place, writing nothing, for ${name}`, () => {
      const out = join(dir, `out-${name}`);
      const path = broken(name, content);
      const {code, stderr, stdout} = run(["--data", path, "--out", out]);
      expect(code).to.equal(1);
      expect(stderr).to.equal(`error: ${path}: ${problem}`);
      expect(stdout).to.equal("");
      expect(existsSync(out)).to.equal(false);
      expect(readdirSync(dir).filter((f) => f.includes(".tmp-"))).to.deep.equal([]);
    });
  }
  it("leaves an earlier output folder untouched when the input is bad", () => {
    const out = join(dir, "kept");
    expect(run(["--data", BUNDLED, "--out", out]).code).to.equal(0);
    const before = readFileSync(join(out, "summary.md"), "utf8");
    expect(run(["--data", broken("bad.txt", "Experiment1\n[{"), "--out", out]).code).to.equal(1);
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.equal(before);
  });
  it("merges a repeated experiment with a warning and exits 0", () => {
    const path = broken("dup.txt", 'Experiment1\n[{"total_cpu_time": 1}]\nExperiment1\n[{"total_cpu_time": 3}]\n');
    const {code, stdout} = run(["--data", path, "--out", join(dir, "dup")]);
    expect(code).to.equal(0);
    expect(stdout).to.include("warning: Experiment1 appears again at line 3 (first at line 1): runs merged");
    expect(readFileSync(join(dir, "dup", "experiment_summary.csv"), "utf8")).to.include("Experiment1,,2,2,2.0,");
  });
  it("runs as a process: exit code and a single stderr line", () => {
    const child = spawnSync(process.execPath, ["-r", "tsx/cjs", "src/cli/main.ts", "--data", join(dir, "missing.txt"), "--out", join(dir, "p")], {encoding: "utf8"});
    expect(child.status).to.equal(1);
    expect(child.stderr).to.equal(`error: ${join(dir, "missing.txt")}: cannot read: no such file\n`);
  });
});

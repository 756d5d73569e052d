import {expect} from "chai";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";
import {parseArguments} from "../../src/cli/args";

const BUNDLED = "data/All Experiments.txt";

function run(argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = main(argv, (line) => out.push(line), (line) => err.push(line)) as number;
  return {code, stdout: out.join("\n"), stderr: err.join("\n")};
}

describe("the command's comparisons (comparison.md, comparison.csv)", () => {
  const dir = mkdtempSync(join(tmpdir(), "compare "));

  it("compares every experiment with the first by number in benchstat's style, and keeps the seed's table in summary.md", () => {
    const out = join(dir, "default");
    expect(run(["--data", BUNDLED, "--out", out]).code).to.equal(0);
    const md = readFileSync(join(out, "comparison.md"), "utf8");
    expect(md).to.include("| Experiment7  | 25.34 s ± 3%           | 7.28 s ± 1%  | −71.3% (p=0.000 n=100+400) | faster  |");
    expect(md).to.include("## CPU memory (MB)");
    expect(md).to.include("## Sample rate (samples/s)");
    expect(md).not.to.match(/NaN/);
    const csv = readFileSync(join(out, "comparison.csv"), "utf8").split("\n");
    expect(csv[0]).to.match(/^metric,mode,baseline,experiment,n_baseline,n,mean_baseline,mean,delta,/);
    expect(csv).to.have.length(1 + 5 * 21 + 1);
    const summary = readFileSync(join(out, "summary.md"), "utf8");
    expect(summary).to.include(readFileSync("test/fixtures/seed-summary.md", "utf8"));
    expect(summary).to.include("| Experiment16 | 137  | 17.96 – 18.78 |");
  });
  it("takes --baseline, --metric and --alpha", () => {
    const out = join(dir, "chosen");
    expect(run(["--data", BUNDLED, "--out", out, "--baseline", "Experiment21", "--metric", "total_cpu_time", "--alpha", "0.01"]).code).to.equal(0);
    const md = readFileSync(join(out, "comparison.md"), "utf8");
    expect(md).to.include("at α = 0.01");
    expect(md).to.include("| Experiment22 | 22.35 s ± 2%            | 22.35 s ± 2% | ~ (p=1.000 n=103+103)      | ~       |");
    expect(md).to.include("| Experiment16 | 22.35 s ± 2%            | 18.37 s ± 2% | −17.8% (p=0.000 n=103+137) | faster  |");
    expect(md).not.to.include("## CPU memory");
  });
  it("refuses an unknown baseline or metric and a bad alpha with one line and exit code 2, writing nothing", () => {
    const out = join(dir, "refused");
    expect(run(["--data", BUNDLED, "--out", out, "--baseline", "Experiment99"])).to.include({code: 2, stderr: "error: --baseline: unknown experiment: Experiment99"});
    expect(run(["--data", BUNDLED, "--out", out, "--metric", "cpu"])).to.include({code: 2, stderr: "error: --metric: unknown column: cpu"});
    expect(run(["--data", BUNDLED, "--out", out, "--metric", "device"])).to.include({code: 2, stderr: "error: --metric: not a numeric column: device"});
    expect(existsSync(out)).to.equal(false);
    expect(() => parseArguments(["--alpha", "5%"])).to.throw("--alpha must be a number between 0 and 1: 5%");
    expect(run(["--alpha", "1"])).to.include({code: 2, stderr: "error: --alpha must be a number between 0 and 1: 1"});
  });
});

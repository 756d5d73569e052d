import {expect} from "chai";
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";

const HOSTILE = ["<script>window.pwned=1</script>", '"><img src=x onerror=window.pwned=2>', "</svg><svg onload=window.pwned=3>", "a|b`c\\d&amp;"];

describe("hostile strings in the data", () => {
  const dir = mkdtempSync(join(tmpdir(), "hostile "));
  const victim = join(dir, "victim.txt");
  const never = join(dir, "never-created");
  writeFileSync(victim, "untouched");
  const before = statSync(victim).mtimeMs;
  const runs = HOSTILE.flatMap((text, i) => [
    {data_path: `25MB/${text}`, device: text, result_path: victim, "total_cpu_time (seconds)": i + 1, throughput_bps: text},
    {data_path: `${text}/x`, device: "cpu", result_path: join(never, "run.json"), "total_cpu_time (seconds)": 1, [text]: 1},
    {data_path: victim, result_path: never, rank: text},
  ]);
  const data = join(dir, "results.txt");
  writeFileSync(data, `Experiment1\n${JSON.stringify(runs, null, 1)}\n`);
  const out = join(dir, "out");
  const printed: string[] = [];
  const code = main(["--data", data, "--out", out], (l) => printed.push(l), (l) => printed.push(l));

  it("are analysed like any other strings", () => {
    expect(code).to.equal(0);
    expect(printed[0]).to.equal(`read ${data}: 1 experiments, ${runs.length} runs in, ${runs.length} kept`);
  });
  it("never become markup in any written file", () => {
    for (const name of readdirSync(out).filter((f) => /\.(md|svg|html)$/.test(f))) {
      const text = readFileSync(join(out, name), "utf8");
      expect(text, name).not.to.match(/<script>window|<img src=x|<svg onload/);
    }
    const quality = readFileSync(join(out, "quality.md"), "utf8");
    expect(quality).to.include("&lt;script&gt;window.pwned=1&lt;/script&gt;");
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.include("&lt;script&gt;window.pwned=1&lt;/script&gt;");
  });
  it("keep their exact text in the CSV files", () => {
    expect(readFileSync(join(out, "partition_cost_table.csv"), "utf8")).to.include('"""><img src=x onerror=window.pwned=2>"');
  });
  it("never have the paths they name opened for writing or created", () => {
    expect(readFileSync(victim, "utf8")).to.equal("untouched");
    expect(statSync(victim).mtimeMs).to.equal(before);
    expect(existsSync(never)).to.equal(false);
  });
});

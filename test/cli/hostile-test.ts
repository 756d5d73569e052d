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

describe("formulas, links and invisible characters in the data (issue 13)", () => {
  const dir = mkdtempSync(join(tmpdir(), "hostile "));
  const prefixes = ['=HYPERLINK("https:evil.example","click")', "![t](https:evil.example)", "[c](javascript:alert(1))", "\u001b[31mred\u202eexe.txt", "@SUM(A1)"];
  const runs = prefixes.map((prefix, i) => ({data_path: `${prefix}/x`, "total_cpu_time (seconds)": i + 1, "total\u001b[2Jkey": 1}));
  const data = join(dir, "results.txt");
  writeFileSync(data, `Experiment1\n${JSON.stringify(runs)}\n`);
  const printed: string[] = [];
  const say = (l: string) => printed.push(l);
  const guarded = main(["--data", data, "--out", join(dir, "out")], say, say);
  const raw = main(["--data", data, "--out", join(dir, "raw"), "--raw-csv"], () => undefined, () => undefined);
  const read = (folder: string, name: string) => readFileSync(join(dir, folder, name), "utf8");

  it("never start a CSV cell that a spreadsheet would run as a formula", () => {
    expect([guarded, raw]).to.deep.equal([0, 0]);
    for (const name of ["partition_cost_table.csv", "quality.csv", "experiment_summary.csv"]) {
      const cells = read("out", name).split(/[\n,]/);
      expect(cells.filter((cell) => /^"?[=+@\t\r]/.test(cell)), name).to.deep.equal([]);
    }
    expect(read("out", "partition_cost_table.csv")).to.include(`"'=HYPERLINK(""https:evil.example"",""click"")",1,`);
    expect(read("out", "partition_cost_table.csv")).to.include("\n'@SUM(A1),1,");
  });
  it("are written exactly as they are with --raw-csv", () => {
    expect(read("raw", "partition_cost_table.csv")).to.include(`"=HYPERLINK(""https:evil.example"",""click"")",1,`);
    expect(read("raw", "partition_cost_table.csv")).to.include("\u001b[31mred\u202eexe.txt,1,");
  });
  it("never become a link or image in summary.md or quality.md", () => {
    for (const name of ["summary.md", "quality.md"]) {
      const text = read("out", name);
      expect(text, name).not.to.match(/(^|[^\\])!?\[[^\]]*[^\\]\]\(/);
    }
    expect(read("out", "summary.md")).to.include("!\\[t\\](https:evil.example)");
  });
  it("show control and bidi characters as escapes in CSV, Markdown and the printed lines", () => {
    for (const name of ["summary.md", "quality.md", "partition_cost_table.csv", "quality.csv"]) expect(read("out", name), name).not.to.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/);
    expect(read("out", "summary.md")).to.include("\\u001b\\[31mred\\u202eexe.txt");
    expect(printed.join("\n")).not.to.match(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    expect(printed.join("\n")).to.include("total\\u001b[2Jkey");
  });
});

import {expect} from "chai";
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";
import {expectDollars} from "../cost/prices";

function run(argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = main(argv, (line) => out.push(line), (line) => err.push(line)) as number;
  return {code, stdout: out.join("\n"), stderr: err.join("\n")};
}

const runLine = (path: string, memory: number, time: number) =>
  JSON.stringify({"data_path": path, "batch_size": 512, "num_batches": 2, "total_cpu_memory (MB)": memory, "total_cpu_time (seconds)": time});

describe("the command with --prices", () => {
  const dir = mkdtempSync(join(tmpdir(), "prices cli "));
  const data = join(dir, "results.txt");
  writeFileSync(data, `Experiment1\n[\n${runLine("10MB/a", 1000.5, 1.0001)},\n${runLine("10MB/b", 2048, 2.5)}\n]\n\nExperiment2\n[\n${runLine("25MB/a", 17864, 7.28)}\n]\n`);

  it("--prices lambda-arm64 writes partition costs as Lambda bills them, with feasibility flags", () => {
    const out = join(dir, "lambda");
    expect(run(["--data", data, "--out", out, "--prices", "lambda-arm64"]).code).to.equal(0);
    const [header, ...rows] = readFileSync(join(out, "partition_cost_table.csv"), "utf8").trim().split("\n");
    expect(header).to.equal("partition,Requests,Duration_s,Memory_GB,Cost ($),Cost per MB ($),Cost per 1k samples ($),Total ($),Feasible");
    const perGbSecond = 0.0000133334, request = 0.2 / 1e6;
    // 10MB: 1000.5 MB -> 1001 MB for 1.0001 s -> 1.001 s; 2048 MB for 2.5 s; one request each.
    const small = (1001 / 1024) * 1.001 * perGbSecond + request + 2 * 2.5 * perGbSecond + request;
    // 25MB: 17,864 MB for 7.28 s, over Lambda's 10,240 MB: billed as if it could run.
    const large = (17864 / 1024) * 7.28 * perGbSecond + request;
    const cells = rows.map((row) => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    expectDollars(cells.map((c) => Number(c[4])), [small / 2, large]);
    expectDollars(cells.map((c) => Number(c[5])), [small / 2 / 10, large / 25]);
    expectDollars(cells.map((c) => Number(c[6])), [(small / 2048) * 1000, (large / 1024) * 1000]);
    expectDollars(cells.map((c) => Number(c[7])), [small, large]);
    expect(cells.map((c) => c[8])).to.deep.equal(["yes", `"no: memory over Lambda's 10,240 MB (1 of 1 runs)"`]);
    const summary = readFileSync(join(out, "summary.md"), "utf8");
    expect(summary).to.include("- Price model lambda: AWS Lambda arm64, us-east-1 (list price as known on 2026-12-01, https://aws.amazon.com/lambda/pricing/).");
    expect(summary).to.include("- Not feasible as priced: runs of 1 of 2 partitions cannot run there (see Feasible)");
    expect(readdirSync(out)).to.include.members(["cost_what_if.csv", "cost_what_if.svg", "cost_what_if.png", "cost_what_if.html"]);
    expect(readFileSync(join(out, "cost_what_if.csv"), "utf8").split("\n")[1]).to.match(/^128\.0,10MB,2,/);
  });
  it("without --prices keeps the seed's table and says the seed priced 10MB at nothing", () => {
    const out = join(dir, "default");
    expect(run(["--data", data, "--out", out]).code).to.equal(0);
    expect(readFileSync(join(out, "partition_cost_table.csv"), "utf8")).to.equal("partition,Requests,Duration_s,Memory_GB,Cost ($)\n10MB,2,1.75,1.5,\n25MB,1,7.28,17.4,0.16\n");
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.include(
      "Cost ($) is the seed's fixed lookup per run (price model seed), not measured. 10MB is not in it: the seed priced it at nothing, not at zero.\n",
    );
    expect(readdirSync(out)).to.not.include("cost_what_if.csv");
  });
  it("--prices seed prices the seed's lookup in the extended table, with no what-if", () => {
    const out = join(dir, "seed");
    expect(run(["--data", data, "--out", out, "--prices", "seed"]).code).to.equal(0);
    expect(readFileSync(join(out, "partition_cost_table.csv"), "utf8").split("\n")[2]).to.equal("25MB,1,7.28,17.4,0.16,0.0064,0.15625,0.16,fixed price per run");
    expect(readdirSync(out)).to.not.include("cost_what_if.csv");
  });
  it("a bad price file is bad input: one line naming the file and field, exit 1, nothing written", () => {
    const prices = join(dir, "bad prices.json");
    writeFileSync(prices, JSON.stringify({model: "fargate", architecture: "x86_64", perVcpuHour: 0.04, perGbHour: "cheap"}, null, 2));
    const out = join(dir, "bad");
    const {code, stderr} = run(["--data", data, "--out", out, "--prices", prices]);
    expect([code, stderr]).to.deep.equal([1, `error: ${prices}: perGbHour: must be a positive number, got "cheap"`]);
    expect(existsSync(out)).to.equal(false);
  });
  it("--watch with a bad price file stops at once with the same line instead of waiting for valid data", () => {
    const prices = join(dir, "bad watch.json");
    writeFileSync(prices, "{}");
    const err: string[] = [];
    const code = main(["--data", data, "--out", join(dir, "watched"), "--watch", "--prices", prices], () => {}, (line) => err.push(line), AbortSignal.abort());
    expect([code, err]).to.deep.equal([1, [`error: ${prices}: model: missing (one of seed, lambda, fargate, instance)`]]);
  });
  it("an unknown preset is a usage error: exit 2, the presets listed", () => {
    const {code, stderr} = run(["--data", data, "--out", join(dir, "unknown"), "--prices", "lambda-graviton"]);
    expect(code).to.equal(2);
    expect(stderr).to.match(/^error: unknown price preset: lambda-graviton \(presets: ec2-m7g-4xlarge, .*\)$/);
  });
});

import {expect} from "chai";
import {existsSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../scripts/workflow";
import {checkWorkflow, type Definition, type Job} from "../../src/workflow";

const run = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (line) => out.push(line), (line) => err.push(line));
  return {code, out, err};
};

describe("npm run workflow (scripts/workflow.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "workflow-"));
  after(() => rmSync(dir, {recursive: true, force: true}));

  it("--jobs 240 --out <file> writes the checked definition and the 240 jobs", async () => {
    const file = join(dir, "sub", "batch.json");
    const {code, out, err} = await run("--jobs", "240", "--out", file);
    expect({code, err}).to.deep.equal({code: 0, err: []});
    expect(out).to.deep.equal([`wrote ${file}: 240 jobs in 20 experiments; the definition passed asl-validator and the semantic checks`]);
    const {definition, jobs} = JSON.parse(readFileSync(file, "utf8")) as {definition: Definition; jobs: Job[]};
    expect(jobs).to.have.length(240);
    expect(await checkWorkflow(definition, jobs)).to.deep.equal([]);
    expect(existsSync(`${file}.tmp`)).to.equal(false);
  });

  it("--replay prints the replay's outcome first", async () => {
    const {code, out} = await run("--jobs", "20", "--out", join(dir, "r.json"), "--replay", "--bucket", "other-bucket");
    expect(code).to.equal(0);
    expect(out[0]).to.equal("replay: succeeded: 20 of 20 jobs stored their run: results/Experiment1/run-0001.json … results/Experiment20/run-0001.json");
  });

  it("takes the plan and the function names from options", async () => {
    const file = join(dir, "p.json");
    const argv = ["--jobs", "6", "--out", file, "--prefixes", "10MB", "--file-limits", "2,4,6", "--num-batches", "3", "--batch-size", "64", "--worker-function", "w"];
    expect((await run(...argv)).code).to.equal(0);
    const {definition, jobs} = JSON.parse(readFileSync(file, "utf8")) as {definition: Definition; jobs: Job[]};
    expect(jobs[5]).to.deep.equal({
      job_id: "Experiment3-run-0002",
      bucket: "benchmark-data",
      data_path: "10MB/shard-00001.tar",
      batch_size: 64,
      num_batches: 3,
      result_path: "results/Experiment3/run-0002.json",
    });
    expect(JSON.stringify(definition)).to.include('"FunctionName":"w"');
  });

  it("says what is wrong with the arguments in one line and exits 2, writing nothing", async () => {
    const file = join(dir, "never.json");
    const cases: [string[], string][] = [
      [["--jobs", "241", "--out", file], "error: --jobs: not a multiple of 20 (4 prefixes × 5 file limits): 241 (see --help)"],
      [["--jobs", "abc", "--out", file], "error: --jobs: not a positive integer: abc (see --help)"],
      [["--jobs", "240"], "error: missing option: --out (see --help)"],
      [["--out", file, "--bucket", "Bad_Bucket"], "error: --bucket: not an S3 bucket name: Bad_Bucket (see --help)"],
      [["--out", file, "--file-limits", "2,0"], "error: --file-limits[1]: not a positive integer: 0 (see --help)"],
      [["--out", file, "--frobnicate"], "error: Unknown option '--frobnicate' (see --help)"],
    ];
    for (const [argv, message] of cases) expect(await run(...argv)).to.deep.equal({code: 2, out: [], err: [message]});
    expect(existsSync(file)).to.equal(false);
  });

  it("--help prints the usage", async () => {
    const {code, out} = await run("--help");
    expect(code).to.equal(0);
    expect(out[0]).to.match(/^Usage: npm run workflow -- --jobs <n> --out <file>/);
  });
});

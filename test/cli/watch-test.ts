import {expect} from "chai";
import {spawn, spawnSync} from "node:child_process";
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {main} from "../../src/cli/main";
import {watchResults} from "../../src/cli/watch";
import {bigData} from "./helpers/bigData";
import {opened} from "./helpers/opened";

const section = (n: number, runs = 2) => `Experiment${n}\n${JSON.stringify(Array.from({length: runs}, (_, i) => ({data_path: `25MB/f${i}`, "total_cpu_time (seconds)": i + n})))}\n`;
const sections = (count: number) => Array.from({length: count}, (_, i) => section(i + 1)).join("");
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts watching `data` into `out`, collecting what it prints; `stop()` aborts and waits for it. */
function watching(data: string, out: string, delay = 150) {
  const lines: string[] = [];
  const controller = new AbortController();
  const done = watchResults({data, out}, (line) => lines.push(line), controller.signal, delay);
  const seen = (pattern: RegExp, count = 1) => until(() => lines.filter((l) => pattern.test(l)).length >= count, () => lines.join("\n"));
  return {lines, seen, done, stop: () => (controller.abort(), done)};
}

describe("--watch (watchResults)", function () {
  this.timeout(90_000);

  it("keeps seeing changes after its folder is deleted and re-created, again and again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), data = join(dir, "data"), out = join(dir, "out");
    mkdirSync(data);
    writeFileSync(join(data, "a.txt"), sections(1));
    const w = watching(data, out);
    try {
      await w.seen(/^read .*: 1 experiments/);
      for (const count of [2, 3, 4]) {
        rmSync(data, {recursive: true});
        await w.seen(/^waiting for valid data: .*cannot read: no such file or folder$/, count - 1);
        mkdirSync(data);
        writeFileSync(join(data, "a.txt"), sections(count));
        await w.seen(new RegExp(`^read .*: ${count} experiments`));
      }
    } finally {
      await w.stop();
    }
    expect(w.lines.filter((l) => l.startsWith("waiting"))).to.have.length(3);
    expect(readFileSync(join(out, "experiment_summary.csv"), "utf8").trim().split("\n")).to.have.length(5);
  });
  it("says waiting once per wait, however many unfinished states it sees", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), data = join(dir, "data.txt"), out = join(dir, "out");
    writeFileSync(data, sections(1));
    const w = watching(data, out, 100);
    try {
      await w.seen(/^read .*: 1 experiments/);
      const whole = sections(3);
      for (let cut = 1; cut <= 4; cut++) {
        writeFileSync(data, whole.slice(0, whole.length - 40 * cut));
        await pause(400);
      }
      writeFileSync(data, whole);
      await w.seen(/^read .*: 3 experiments/);
      writeFileSync(data, whole + "Experiment4\n[{");
      await w.seen(/^waiting/, 2);
      writeFileSync(data, whole + section(4));
      await w.seen(/^read .*: 4 experiments/);
    } finally {
      await w.stop();
    }
    expect(w.lines.filter((l) => l.startsWith("waiting"))).to.have.length(2);
  });
  it("never publishes a state the writer has not finished, even one that parses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), data = join(dir, "data.txt"), out = join(dir, "out");
    writeFileSync(data, section(1));
    const w = watching(data, out, 400);
    try {
      await w.seen(/^read .*: 1 experiments/);
      // a writer appending one complete section at a time, faster than the debounce interval: every state parses
      for (let n = 2; n <= 8; n++) appendFileSync(data, section(n)), await pause(60);
      await w.seen(/^read .*: 8 experiments/);
    } finally {
      await w.stop();
    }
    expect(w.lines.filter((l) => l.startsWith("read ")).map((l) => l.replace(/^read .*: (\d+) experiments.*$/, "$1"))).to.deep.equal(["1", "8"]);
  });
  it("ends at once when aborted in the middle of an analysis, leaving the old results", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), data = join(dir, "data.txt"), out = join(dir, "out");
    writeFileSync(data, section(1));
    expect(main(["--data", data, "--out", out], () => undefined, () => undefined)).to.equal(0);
    const before = readFileSync(join(out, "summary.md"), "utf8");
    writeFileSync(data, bigData());
    const w = watching(data, out, 50);
    await until(() => opened(data), () => w.lines.join("\n"));
    const started = performance.now();
    await w.stop();
    expect(performance.now() - started).to.be.below(1000);
    expect(w.lines.filter((l) => l.startsWith("read "))).to.deep.equal([]);
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.equal(before);
    expect(readdirSync(dir).sort()).to.deep.equal(["data.txt", "out"]);
  });
  it("refuses a FIFO as data with one line and exit code 1, instead of hanging", async function () {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), fifo = join(dir, "fifo.txt");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return this.skip();
    const errors: string[] = [];
    const code = await main(["--data", fifo, "--out", join(dir, "out"), "--watch"], () => undefined, (l) => errors.push(l), new AbortController().signal);
    expect([code, errors]).to.deep.equal([1, [`error: ${fifo}: cannot read: not a regular file (a FIFO)`]]);
    expect(existsSync(join(dir, "out"))).to.equal(false);
  });
  it("still ends at once when aborted with a FIFO in the watched folder", async function () {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), data = join(dir, "data"), out = join(dir, "out");
    mkdirSync(data);
    writeFileSync(join(data, "a.txt"), section(1));
    if (spawnSync("mkfifo", [join(data, "b.txt")]).status !== 0) return this.skip();
    const w = watching(data, out, 50);
    // whether the reader refuses the FIFO or blocks on it, the watcher must not
    await pause(3000);
    const started = performance.now();
    await w.stop();
    expect(performance.now() - started).to.be.below(1000);
    expect(readdirSync(dir).sort()).to.deep.equal(existsSync(out) ? ["data", "out"] : ["data"]);
  });
  it("as a process, exits within a second of Ctrl-C (SIGINT) even mid-analysis, old results intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), "watch ")), data = join(dir, "data.txt"), out = join(dir, "out");
    writeFileSync(data, section(1));
    expect(main(["--data", data, "--out", out], () => undefined, () => undefined)).to.equal(0);
    const before = readFileSync(join(out, "summary.md"), "utf8");
    writeFileSync(data, bigData());
    const child = spawn(process.execPath, ["--require", "tsx/cjs", "src/cli/main.ts", "--data", data, "--out", out, "--watch"]);
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await until(() => opened(data), () => stdout);
    const started = performance.now();
    child.kill("SIGINT");
    expect(await exited).to.equal(0);
    expect(performance.now() - started).to.be.below(1000);
    expect(stdout).not.to.match(/^read /m);
    expect(readFileSync(join(out, "summary.md"), "utf8")).to.equal(before);
    expect(readdirSync(dir).sort()).to.deep.equal(["data.txt", "out"]);
  });
});

async function until(condition: () => boolean, seen: () => string, ms = 30_000): Promise<void> {
  for (const start = Date.now(); !condition(); await pause(20)) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting; printed so far:\n${seen()}`);
  }
}

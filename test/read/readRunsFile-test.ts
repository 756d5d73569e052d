import {expect} from "chai";
import {execFileSync} from "node:child_process";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cleanRuns} from "../../src/clean";
import {ResultsError} from "../../src/parse";
import {readResults, readRuns} from "../../src/read";
import {generateResults} from "../../scripts/bench/generate";
import {LAYOUTS} from "../../scripts/bench/layouts";
import {expectSameAsExact} from "./same";

const dir = mkdtempSync(join(tmpdir(), "read-file-"));
let count = 0;
const file = (content: string | Buffer, name = `case-${count++}.txt`) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const message = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof ResultsError) return error.message;
    throw error;
  }
  throw new Error("no error");
};
const run = (i: number) => `{"batch_size": 512, "data_path": "10MB/s-${i}.tar", "device": "cpu", "total_cpu_time (seconds)": ${i + 0.25}}`;

after(() => rmSync(dir, {recursive: true, force: true}));

describe("readRunsFile(file, notes, options)", function () {
  this.timeout(120_000);

  it("takes every run of the bundled file, and of each generated layout, on the fast path", () => {
    expect(readRuns("data/All Experiments.txt").paths).to.deep.equal({fast: 3410, tolerant: 0});
    const frames = LAYOUTS.map((layout) => {
      const path = join(dir, `layout-${count++}.txt`);
      const runs = generateResults(path, 1, layout);
      const read = readRuns(path, {size: 65536});
      expect(read.paths, layout).to.deep.equal({fast: runs, tolerant: 0});
      expectSameAsExact(path, {size: 65536}, layout);
      return read.runs;
    });
    for (const frame of frames.slice(1)) expect(frame.toRecords()).to.deep.equal(frames[0].toRecords());
  });

  it("takes the tolerant path one run at a time, only for the runs that need it", () => {
    const path = file(`Experiment1\n[${run(1)}, {"batch_size": "2"}, ${run(3)},\n  {"rank": NaN}, ${run(5)},]\n`);
    expect(readRuns(path, {size: 64}).paths).to.deep.equal({fast: 3, tolerant: 2});
    expectSameAsExact(path, {size: 64});
  });

  it("reads a single-line list many times the block size in bounded blocks", () => {
    const runs = Array.from({length: 2000}, (_, i) => run(i)).join(", ");
    const path = file(`Experiment1\n[${runs}]\nExperiment2\n[${runs}]`);
    expect(readRuns(path, {size: 4096, limit: 8192}).runs.height).to.equal(4000);
    expectSameAsExact(path, {size: 4096, limit: 8192});
  });

  it("refuses a run object or line beyond the limit with one line, naming the limit", () => {
    const path = file(`Experiment1\n[${run(1)}, {"device": "${"x".repeat(20000)}"}]\n`);
    expect(message(() => readRuns(path, {size: 1024, limit: 8192}))).to.equal(`${path}: Experiment1, line 1: too large: a run object or line of over 8192 bytes (the limit)`);
    expect(readRuns(path, {size: 1024, limit: 1 << 20}).runs.height).to.equal(2);
    const header = file(`Experiment${"1".repeat(50000)}\n[]`);
    expect(message(() => readRuns(header, {size: 1024, limit: 8192}))).to.equal(`${header}: too large: a run object or line of over 8192 bytes (the limit)`);
    const blank = file(`${" ".repeat(50000)}\n\t${" ".repeat(50000)}Experiment1\n[]${" ".repeat(50000)}`);
    expect(readRuns(blank, {size: 1024, limit: 8192}).experiments).to.deep.equal(["Experiment1"]);
    const noNewline = file(`Experiment1\n[${"x".repeat(50000)}`);
    expect(message(() => readRuns(noNewline, {size: 1024, limit: 8192}))).to.equal(`${noNewline}: Experiment1, line 2: expected a value, found "xxxxxxxxxx…"`);
    expectSameAsExact(noNewline, {size: 1024, limit: 8192});
  });

  it("names a broken section beyond the limit in its own words", () => {
    const runs = Array.from({length: 500}, (_, i) => run(i)).join(",\n");
    const text = `Experiment1\n[${runs},\n{"device": tru}]\n`;
    const path = file(text);
    expectSameAsExact(path, {size: 4096, limit: 1 << 20});
    expect(message(() => readRuns(path, {size: 4096, limit: 8192}))).to.equal(`${path}: Experiment1, line 502: unexpected text at byte ${text.indexOf('{"device": tru}')}, in a section over 8192 bytes (the limit for naming the problem exactly)`);
  });

  it("refuses what is not a regular file, a FIFO in a folder too, without waiting for a writer", () => {
    const folder = join(dir, "with-fifo");
    mkdirSync(folder);
    execFileSync("mkfifo", [join(folder, "Experiment1.txt")]);
    expect(message(() => readRuns(join(folder, "Experiment1.txt")))).to.equal(`${join(folder, "Experiment1.txt")}: cannot read: not a regular file (a FIFO)`);
    expect(message(() => readRuns(folder))).to.equal(`${join(folder, "Experiment1.txt")}: cannot read: not a regular file (a FIFO)`);
    expect(message(() => readResults(folder))).to.equal(`${join(folder, "Experiment1.txt")}: cannot read: not a regular file (a FIFO)`);
    expect(message(() => readRuns("/dev/zero"))).to.equal("/dev/zero: cannot read: not a regular file (a character device)");
    expect(message(() => readResults("/dev/zero"))).to.equal("/dev/zero: cannot read: not a regular file (a character device)");
  });

  it("shows invisible characters in errors", () => {
    const path = file("Experiment\u00a07\n[]\n");
    expect(message(() => readRuns(path))).to.equal(`${path}: line 1: expected an ExperimentN header, found "Experiment\\u00a07"`);
    expectSameAsExact(path);
  });

  it("notes an exact duplicate key as the last value used, as a key spelled with and without its unit", () => {
    const path = file(`Experiment1\n[\n  {"batch_size": 1, "batch_size": 2},\n  {"total_cpu_time": 1, "total_cpu_time (seconds)": 2}\n]\n`);
    const {runs, coercions} = readRuns(path);
    expect(runs.getColumn("batch_size").toArray()).to.deep.equal([2, null]);
    expect(coercions.toRecords()).to.deep.equal([
      {experiment: "Experiment1", column: "batch_size", kind: "repeated key, last used", count: 1, example: '"batch_size"'},
      {experiment: "Experiment1", column: "total_cpu_time", kind: "repeated key, last used", count: 1, example: '"total_cpu_time (seconds)"'},
    ]);
    expectSameAsExact(path);
  });
});

describe("readRuns(path) with units", () => {
  it("converts every known unit to seconds or MB, on both paths, and counts the conversions", () => {
    const times = {ns: 3e9, us: 3e6, "µs": 3e6, ms: 3000, s: 3, min: 0.05, h: 0.001};
    const memory = {B: 3 * 2 ** 20, KB: 3072, KiB: 3072, MB: 3, MiB: 3, GB: 3 / 1024, GiB: 3 / 1024};
    const runs = [
      ...Object.entries(times).map(([unit, value]) => `{"total_cpu_time (${unit})": ${value}, "execution_time (${unit}/batch)": ${value}}`),
      ...Object.entries(memory).map(([unit, value]) => `{"total_cpu_memory (${unit})": ${value}, "total_process_memory (${unit})": "${value}"}`),
    ];
    const path = join(dir, "units.txt");
    writeFileSync(path, `Experiment1\n[\n${runs.join(",\n")}\n]\n`);
    const read = readRuns(path, {size: 100});
    expect(read.paths).to.deep.equal({fast: 7, tolerant: 7});
    const seconds = read.runs.getColumn("total_cpu_time").toArray().slice(0, 7) as number[];
    seconds.forEach((value, i) => expect(value).to.be.closeTo(i === 6 ? 3.6 : 3, 1e-12));
    const mb = read.runs.getColumn("total_process_memory").toArray().slice(7) as number[];
    mb.forEach((value) => expect(value).to.be.closeTo(3, 1e-12));
    expect(read.runs.getColumn("total_cpu_memory").toArray().slice(7)).to.deep.equal([3, 3, 3, 3, 3, 3, 3]);
    const kinds = read.coercions.toRecords().map((r) => `${r.column} ${r.kind} ${r.count}`);
    expect(kinds).to.include.members(["total_cpu_time converted from ms 1", "execution_time converted from ms/batch 1", "total_cpu_memory converted from GB 1", "total_process_memory number from string 7"]);
    expect(kinds.filter((k) => k.includes("converted from s ") || k.includes("from MB ") || k.includes("from MiB "))).to.deep.equal([]);
    expectSameAsExact(path, {size: 100});
    expect(readRuns(path).runs.toRecords()).to.deep.equal(cleanRuns(readResults(path)).runs.toRecords());
  });

  it("refuses an unknown unit with one line naming the key, the experiment and the line, on both paths", () => {
    const path = join(dir, "unknown-unit.txt");
    writeFileSync(path, `Experiment1\n[]\nExperiment2\n[\n  {\n    "batch_size": 1,\n    "total_cpu_time (fortnights)": 2\n  }\n]\n`);
    const expected = `${path}: Experiment2, line 7: unknown unit: "total_cpu_time (fortnights)" (times: ns, us, ms, s, min, h)`;
    expect(message(() => readRuns(path))).to.equal(expected);
    expect(message(() => readResults(path))).to.equal(expected);
  });
});

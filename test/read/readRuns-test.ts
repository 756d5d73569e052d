import {expect} from "chai";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {readRuns} from "../../src/read";
import {expectSameAsExact} from "./same";

const dir = mkdtempSync(join(tmpdir(), "read-runs-"));
let count = 0;
const file = (content: string | Buffer) => {
  const path = join(dir, `case-${count++}.txt`);
  writeFileSync(path, content);
  return path;
};
const run = (i: number, extra = "") =>
  `{"batch_size": 512, "data_path": "${[10, 25, 50][i % 3]}MB/shard-${i}.tar", "device": "cpu", "execution_time (seconds/batch)": ${(3 + i / 7).toFixed(4)}, "num_batches": ${i % 4}, ${extra}"total_cpu_memory (MB)": ${(7000 + i * 1.25).toFixed(2)}, "total_cpu_time (seconds)": ${(3 + i / 3).toFixed(4)}}`;
const section = (n: number, runs: string[]) => `Experiment${n}\n[\n${runs.map((r) => "  " + r).join(",\n")}\n]\n`;
const regular = (experiments: number, runs: number) =>
  Array.from({length: experiments}, (_, e) => section(e + 1, Array.from({length: runs}, (_, i) => run(e * runs + i)))).join("\n");
const same = (content: string | Buffer, sizes = [64, 1 << 20]) => {
  const path = file(content);
  for (const size of sizes) expectSameAsExact(path, {size}, `${JSON.stringify(String(content).slice(0, 80))} in blocks of ${size}`);
};

describe("readRuns(path)", () => {
  after(() => rmSync(dir, {recursive: true, force: true}));
  it("gives the runs frame, coercions and warnings of cleanRuns(readResults(path)) for the usual layout", () => {
    same(regular(5, 40));
    const {runs} = readRuns(file(regular(3, 10)));
    expect(runs.height).to.equal(30);
    expect(runs.getColumn("experiment").toArray().slice(9, 11)).to.deep.equal(["Experiment1", "Experiment2"]);
  });
  it("reads files in blocks of any size, carrying sections across them", () => {
    for (const size of [1, 100, 500, 5000]) expectSameAsExact(file(regular(4, 25)), {size});
  });
  it("gives the same whatever the blocks hold, in worker threads too", function () {
    // Each read in threads starts two workers, which compile the reader under tsx: slow on a loaded machine.
    this.timeout(120_000);
    const mixed = `\n${regular(3, 20)}\nExperiment7\n[\n  ${run(1, '"rank": NaN, ')},\n]\n${regular(2, 5)}Experiment9\n[{"a": 1}]\n`;
    for (const size of [1, 7, 200, 2000]) expectSameAsExact(file(mixed), {size});
    for (const size of [200, 2000]) for (const threads of [1, 2]) expectSameAsExact(file(mixed), {size, threads});
    expectSameAsExact(file(`${regular(2, 20)}\nExperiment3\n[\n  {"a": tru}\n]\n`), {size: 300, threads: 2});
    expectSameAsExact(file(`${regular(2, 20)}\nExperiment3\n[\n  {"total_cpu_time (fortnights)": 1}\n]\n${regular(2, 20)}`), {size: 300, threads: 2});
  });
  it("gives the same whatever the gathering size: frames of fast runs cut anywhere, tolerant runs between them, in threads too", function () {
    this.timeout(120_000);
    const mixed = `${regular(3, 7)}\nExperiment7\n[\n  ${run(1, '"rank": NaN, ')},\n  ${run(2)}\n]\n${regular(2, 5)}`;
    for (const gather of [1, 2, 3, 7, 50]) expectSameAsExact(file(mixed), {gather}, `frames of ${gather}`);
    for (const gather of [1, 4]) expectSameAsExact(file(mixed), {gather, size: 300}, `frames of ${gather}, blocks of 300`);
    expectSameAsExact(file(mixed), {gather: 3, size: 300, threads: 2}, "frames of 3, blocks of 300, two threads");
  });
  it("converts units in worker threads on the fast path, noting the conversions in file order", function () {
    this.timeout(120_000);
    // Units in ms and GB in some sections, a repeated experiment and a tolerant run among them: the notes merge across chunks.
    const converted = (text: string) => text.replace(/total_cpu_time \(seconds\)": ([\d.]+)/g, (_, v) => `total_cpu_time (ms)": ${Number(v) * 1000}`).replace(/"total_cpu_memory \(MB\)"/g, '"total_cpu_memory (GB)"');
    const text = `${regular(2, 20)}\n${converted(regular(3, 20))}\n${converted(section(1, [run(3), run(4, '"rank": NaN, ')]))}\n${regular(1, 5)}`;
    const path = file(text);
    for (const size of [12000, 40000]) expectSameAsExact(path, {size, threads: 2}, `units in blocks of ${size}, two threads`);
    expect(readRuns(path, {size: 12000, threads: 2}).paths).to.deep.equal({fast: 106, tolerant: 1});
  });
  it("keeps every tolerant case exact: trailing commas, NaN, Infinity, a BOM, CRLF, blank lines, spaces", () => {
    same(`Experiment1\n[\n  ${run(1)},\n  ${run(2)},\n]\n`);
    same(`Experiment1\n[\n  ${run(1, '"rank": NaN, ')},\n  ${run(2, '"sample_persec": Infinity, ')}\n]\n`);
    same(`\ufeff${regular(2, 3)}`.replace(/\n/g, "\r\n"));
    same(`\n \t\n  Experiment4 \t\n\n  [ \n\n  ${run(1)} ,\n\t${run(2)}\t\n ] \n\n`);
    same(`Experiment1\n[]\nExperiment2\n[ ]\nExperiment3\n[\n]\n`);
  });
  it("leaves every value that needs coercing to the exact path", () => {
    for (const value of ['"2.5"', "2.5", "true", "1e400", "-0", "-0.0", "9007199254740993", "123456789012345678", "1E5", "0.1234567890123456789012", '{"x": 1}', "[1]", '""']) {
      same(`Experiment1\n[\n  ${run(1)},\n  {"num_batches": ${value}, "total_cpu_time": ${value}, "device": ${value}}\n]\n`);
    }
  });
  it("leaves unknown, repeated and twice-spelled keys to the exact path", () => {
    same(section(1, [run(1), run(2, '"gpu": null, ')]));
    same(section(1, [run(1, '"batch_size": 3, ')]));
    same(section(1, [run(1, '"total_cpu_time": 3, ')]));
    same(section(1, [run(1)]) + section(2, [run(2).replace('"total_cpu_time (seconds)"', '"total_cpu_time"')]));
    same(section(1, ['{"__proto__": 1}', '{"constructor": 2}', "{}"]));
  });
  it("leaves escapes, control characters and line separators in strings to the exact path", () => {
    for (const text of ["a\\u00e9", "\\ud800", "a\\\"b", "a\tb", "x\u2028Experiment5\u2028y", "x\u2029y", "é ü 日本"]) {
      same(section(1, [run(1), `{"device": "${text}", "data_path": "${text}/x"}`]));
    }
  });
  it("finds headers where the exact parser does: lines end at \\n, a lone \\r is text", () => {
    same(`Experiment1\r[${run(1)}]\rExperiment2\n[]\n`);
    same(`Experiment1\n[\n  ${run(1)}\r\nExperiment2\r\n]\n`);
    same(`Experiment1\n[{"device": "a\rExperiment2\rb"}]\n`);
  });
  it("reports the exact parser's errors, with their lines", () => {
    same(`Experiment1\n[\n  ${run(1)}\n  ${run(2)}\n]\n`);
    same(`Experiment1\n[\n  ${run(1)},\n  ${run(2)}\n\nExperiment2\n[]\n`);
    same(`results:\n${regular(1, 2)}`);
    same(`${regular(2, 3)}\nExperiment3\n`);
    same(`${regular(1, 3)}\nExperiment2\n[${run(1)}] x\n`);
    same(`${regular(1, 3)}\nExperiment2\n[\n  {"a": tru}\n]\n`);
    same(`Experiment1\n[\n  {"a": 1,\n   "b": 2}\n]\n`);
  });
  it("reports invalid UTF-8 before any other error, naming its line", () => {
    const bad = Buffer.concat([Buffer.from(`Experiment1\n[\n  ${run(1)} x\n]\n${regular(3, 30)}\nExperiment9\n[{"device": "`), Buffer.from([0xe9]), Buffer.from('"}]\n')]);
    same(bad);
    same(Buffer.concat([Buffer.from("\ufeffExperiment1\n[\n"), Buffer.from([0xc3, 0x0a]), Buffer.from("]\n")]));
  });
  it("reads an empty file, a blank one and one with only empty sections", () => {
    same("");
    same(" \n\n");
    same("Experiment3\n[]\n\nExperiment1\n[]\n");
  });
  it("says plainly when the file cannot be read", () => {
    expectSameAsExact(join(dir, "missing.txt"));
    expectSameAsExact(dir + "/");
  });
});

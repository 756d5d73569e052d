import {expect} from "chai";
import {readFileSync} from "node:fs";
import {mulberry32} from "../../src/reconstruct";
import {ColumnRows, NUMBER_COLUMNS} from "../../src/read/columnRows";
import {countLines} from "../../src/read/countLines";
import {COLUMNS, RunKeys} from "../../src/read/runKeys";
import {SPANS, vouchRun} from "../../src/read/vouchRun";
import {WasmRuns} from "../../src/read/wasmRuns";

const bundled = readFileSync("data/All Experiments.txt", "utf8").match(/\{.*\}/g)!;

/** Runs in many layouts and mutations, most the fast path takes, some it must leave. */
function runs(count: number, seed: number): string[] {
  const random = mulberry32(seed), pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const mutations: ((run: string) => string)[] = [
    (run) => run,
    (run) => run,
    (run) => JSON.stringify(JSON.parse(run), null, 1 + Math.floor(4 * random())),
    (run) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(run)).sort(() => random() - 0.5)), null, 2),
    (run) => JSON.stringify(JSON.parse(run)),
    (run) => run.replace(/, /g, () => pick([", ", ",", " ,\r\n ", ",\t"])),
    (run) => run.replace(/: /g, () => pick([": ", ":", " : ", ":\n"])),
    (run) => run.replace(/\d+\.\d+/, () => pick(["1e5", "-0", "0.1e-3", "12345678901234567890.5", "1.5E+2", "1e400", "0.30000000000000004", "9007199254740993.0", "NaN", '"1.5"', "null", "01", "1."])),
    (run) => run.replace(/"batch_size": \d+/, () => pick(['"batch_size": 1.5', '"batch_size": 123456789012345', '"batch_size": 1234567890123456', '"batch_size": -7', '"batch_size": null'])),
    (run) => run.replace(/"device": "cpu"/, () => pick(['"device": "c\\u0070u"', '"device": "日本語のデバイス名はとても長い"', '"device": "a\tb"', '"device": 5', '"device": ""', '"device": "x".padEnd(40, "y")'])),
    (run) => run.replace(/"data_path": "[^"]*"/, () => pick(['"data_path": "no-slash.tar"', '"data_path": ""', '"data_path": "/x"', '"data_path": null'])),
    (run) => run.replace(/"data_path"/, () => pick(['"data_pat"', '"data_patH"', '"data_path2"', '"data_path (MB)"', '"gpu"'])),
    (run) => run.replace(/"total_cpu_time \(seconds\)"/, () => pick(['"total_cpu_time (ms)"', '"total_cpu_time"', '"total_cpu_time (minutes)"'])),
    (run) => run.replace(/\}$/, () => pick([", }", ',"rank": 3}', ',"rank": 3, "rank": 4}', " }", "\n}"])),
    (run) => run.slice(0, Math.floor(random() * run.length)) + run.slice(Math.floor(random() * run.length)),
    () => "{}",
  ];
  return Array.from({length: count}, () => pick(mutations)(pick(bundled))).filter((run) => run.startsWith("{"));
}

/** The block of runs, one a line, with the offset of each. */
function block(list: string[]): {b: Buffer; at: number[]} {
  const at: number[] = [];
  let offset = 0;
  for (const run of list) at.push(offset), (offset += Buffer.byteLength(run) + 1);
  return {b: Buffer.from(list.join("\n") + "\n\0"), at};
}

describe("WasmRuns", () => {
  it("takes a run only where vouchRun takes it, with the same end, spans and values, in any layout", () => {
    const list = runs(3000, 12), {b, at} = block(list), end = b.length - 1;
    const keys = new RunKeys(), mine = new RunKeys(), wasm = new WasmRuns();
    keys.startBlock(b, end), mine.startBlock(b, end), wasm.startBlock(b, 0, end, keys);
    let taken = 0;
    list.forEach((run, i) => {
      const spans = new Int32Array(SPANS), values = new Float64Array(COLUMNS.length);
      const expected = vouchRun(b, at[i], mine, spans, values);
      const got = wasm.vouch(at[i]);
      if (got < 0) return void vouchRun(b, at[i], keys, new Int32Array(SPANS), new Float64Array(COLUMNS.length));
      taken++;
      expect(got, run).to.equal(expected);
      expect([...wasm.spans], run).to.deep.equal([...spans]);
      spans.forEach((start, j) => j % 3 === 0 && start >= 0 && expect(Object.is(wasm.values[j / 3], values[j / 3]), `${run}: ${COLUMNS[j / 3]}`).to.equal(true));
    });
    expect(taken).to.be.greaterThan(list.length / 3);
  });
  it("takes every run of the bundled file but those that teach it a key", () => {
    const {b, at} = block(bundled), keys = new RunKeys(), wasm = new WasmRuns();
    keys.startBlock(b, b.length - 1), wasm.startBlock(b, 0, b.length - 1, keys);
    let declined = 0;
    for (const i of at.keys()) if (wasm.vouch(at[i]) < 0) declined++, vouchRun(b, at[i], keys, new Int32Array(SPANS));
    expect(declined).to.be.within(1, keys.columns.length);
  });
  it("adds the rows ColumnRows adds, byte for byte, whichever path vouched for each run, its room growing", () => {
    const list = runs(3000, 5), {b, at} = block(list), end = b.length - 1;
    const keys = new RunKeys(), mine = new RunKeys(), wasm = new WasmRuns(), rows = new ColumnRows(16, 1);
    keys.startBlock(b, end), mine.startBlock(b, end), wasm.startBlock(b, 0, end, keys), rows.startBlock(b);
    wasm.startRows(1, 16);
    const experiment = Buffer.from("Experiment12");
    wasm.experiment(experiment);
    list.forEach((_, i) => {
      const spans = new Int32Array(SPANS), values = new Float64Array(COLUMNS.length);
      const after = vouchRun(b, at[i], mine, spans, values);
      if (after < 0) return;
      rows.add(experiment, b, at[i], after, spans, values);
      // Half through the module alone, half vouched for by vouchRun and added by the module.
      if (i % 2 === 0 && wasm.vouchAdd(at[i]) === after) return;
      const s = new Int32Array(SPANS), v = new Float64Array(COLUMNS.length);
      expect(vouchRun(b, at[i], keys, s, v)).to.equal(after);
      wasm.add(at[i], after, s, v);
    });
    const got = wasm.parts(), expected = rows.parts();
    expect(got.count).to.equal(expected.count).and.to.be.greaterThan(1000);
    expect(Buffer.from(got.strings).toString()).to.equal(Buffer.from(expected.strings).toString());
    expect(got.nulls).to.equal(expected.nulls);
    for (let j = 0; j < NUMBER_COLUMNS.length; j++)
      for (let r = 0; r < got.count; r++) expect(Object.is(got.numbers[j * got.capacity + r], expected.numbers[j * expected.capacity + r]), `${NUMBER_COLUMNS[j]}, row ${r}`).to.equal(true);
  });
  it("counts line ends as countLines does", () => {
    const random = mulberry32(9), wasm = new WasmRuns();
    for (let trial = 0; trial < 200; trial++) {
      const b = Buffer.from(Array.from({length: Math.floor(200 * random())}, () => (random() < 0.3 ? 10 : 32 + Math.floor(90 * random()))));
      const from = Math.floor(b.length * random()), to = from + Math.floor((b.length - from) * random());
      wasm.startBlock(b, 0, b.length, new RunKeys());
      expect(wasm.countLines(from, to)).to.equal(countLines(b, from, to));
    }
  });
});

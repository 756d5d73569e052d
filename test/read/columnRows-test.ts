import {expect} from "chai";
import {ColumnRows, NUMBER_COLUMNS} from "../../src/read/columnRows";
import {COLUMNS, RunKeys} from "../../src/read/runKeys";
import {SPANS, vouchRun} from "../../src/read/vouchRun";

const add = (rows: ColumnRows, line: string, after = "\n") => {
  const b = Buffer.from(line + after), keys = new RunKeys(), spans = new Int32Array(SPANS), values = new Float64Array(COLUMNS.length);
  const length = Buffer.byteLength(line);
  keys.startBlock(b, length);
  const end = vouchRun(b, 0, keys, spans, values);
  expect(end, line).to.equal(length);
  rows.startBlock(b);
  rows.add(Buffer.from("Experiment7"), b, 0, end, spans, values);
  return rows;
};
const strings = (rows: ColumnRows) => rows.strings.toString("utf8", 0, rows.length);
const numbers = (rows: ColumnRows, row = 0) => Object.fromEntries(NUMBER_COLUMNS.map((column, j) => [column, rows.numbers[j * rows.capacity + row]]).filter(([, v]) => !Number.isNaN(v)));

describe("ColumnRows", () => {
  it("writes experiment, partition and the string columns' text as CSV, and each number column's value, null and missing empty or NaN", () => {
    const rows = add(new ColumnRows(16, 1), '{"total_cpu_time (seconds)": 3.25, "device": "cpu", "data_path": "25MB/a.tar", "rank": null, "batch_size": 512}');
    expect(strings(rows)).to.equal('Experiment7,"25MB","25MB/a.tar","cpu",\n');
    expect(numbers(rows)).to.deep.equal({batch_size: 512, total_cpu_time: 3.25});
    expect(rows.nulls).to.equal(2 ** NUMBER_COLUMNS.length - 1 - (1 << NUMBER_COLUMNS.indexOf("batch_size")) - (1 << NUMBER_COLUMNS.indexOf("total_cpu_time")));
  });
  it("copies values the same whether or not bytes follow the object, growing its buffers as needed", () => {
    const line = '{"device": "日本", "sample_persec": 1234567.125, "result_path": "results/Experiment7/run-0001.json"}';
    expect(strings(add(new ColumnRows(16, 1), line, ""))).to.equal(strings(add(new ColumnRows(16, 1), line, "\n  more bytes after the line")));
    const rows = new ColumnRows(16, 1);
    for (let i = 0; i < 3000; i++) add(rows, line.replace("125", String(i)));
    expect(rows.count).to.equal(3000);
    expect(strings(rows).split("\n")[2999]).to.equal('Experiment7,,,"日本","results/Experiment7/run-0001.json"');
    expect(numbers(rows, 2999)).to.deep.equal({sample_persec: 1234567.2999});
  });
});

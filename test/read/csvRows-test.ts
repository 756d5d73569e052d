import {expect} from "chai";
import {CsvRows} from "../../src/read/csvRows";
import {RunKeys} from "../../src/read/runKeys";
import {SPANS, vouchRun} from "../../src/read/vouchRun";

const csv = (line: string, after = "\n") => {
  const b = Buffer.from(line + after), keys = new RunKeys(), spans = new Int32Array(SPANS);
  const length = Buffer.byteLength(line);
  keys.startBlock(b, length);
  const end = vouchRun(b, 0, keys, spans);
  expect(end, line).to.equal(length);
  const rows = new CsvRows(16);
  rows.startBlock(b);
  rows.add(Buffer.from("Experiment7"), b, 0, end, spans);
  return rows.bytes.toString("utf8", 0, rows.length);
};

describe("CsvRows", () => {
  it("writes experiment, partition and every run column's text in column order, null and missing empty", () => {
    const row = csv('{"total_cpu_time (seconds)": 3.25, "device": "cpu", "data_path": "25MB/a.tar", "rank": null, "batch_size": 512}');
    expect(row).to.equal('Experiment7,"25MB",512,"25MB/a.tar","cpu",,,,,,,,,3.25,,,\n');
  });
  it("copies values the same whether or not bytes follow the object, growing its buffer as needed", () => {
    const line = '{"device": "日本", "sample_persec": 1234567.125, "result_path": "results/Experiment7/run-0001.json"}';
    expect(csv(line, "")).to.equal(csv(line, "\n  more bytes after the line"));
    expect(csv(line, "")).to.equal('Experiment7,,,,"日本",,,,,"results/Experiment7/run-0001.json",1234567.125,,,,,,\n');
  });
});

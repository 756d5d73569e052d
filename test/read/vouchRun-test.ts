import {expect} from "chai";
import {mulberry32} from "../../src/reconstruct";
import {COLUMNS, RunKeys} from "../../src/read/runKeys";
import {SPANS, vouchRun} from "../../src/read/vouchRun";

const vouched = (line: string) => {
  const b = Buffer.from(line + "\0");
  const keys = new RunKeys();
  keys.startBlock(b, b.length - 1);
  return vouchRun(b, 0, keys, new Int32Array(SPANS)) === b.length - 1;
};

describe("vouchRun(b, i, keys, spans)", () => {
  it("takes flat objects of known keys whose values need no coercion, in any layout and key order", () => {
    for (const line of [
      "{}",
      '{"batch_size": 512, "data_path": "25MB/a.tar", "total_cpu_time (seconds)": 3.25}',
      '{ "device" :"cpu" ,"rank":null,\t"throughput_bps": -1.5e-07}',
      '{"sample_persec": 0, "total_cpu_memory": 123456789012345, "execution_time": 0.123456789012345678}',
      '{"device": "é 日本 ]}"}',
      '{"device": "a\u2028b"}',
      '{\n    "device": "cpu",\r\n    "batch_size": 512\n  }',
      '{"total_cpu_time (ms)": 3017.3, "total_cpu_memory (GiB)": 2}',
    ]) {
      expect(vouched(line), line).to.equal(true);
    }
  });
  it("leaves to the exact parser what it would change, warn about or refuse", () => {
    for (const line of [
      '{"gpu": 1}',
      '{"batch_size": 1, "batch_size": 2}',
      '{"total_cpu_time": 1, "total_cpu_time (seconds)": 2}',
      '{"total_cpu_time": "1.5"}',
      '{"device": 5}',
      '{"batch_size": 1.5}',
      '{"batch_size": 1234567890123456}',
      '{"total_cpu_time": 0.12345678901234567890}',
      '{"total_cpu_time": 1e400}',
      '{"total_cpu_time": NaN}',
      '{"total_cpu_time": true}',
      '{"device": {"name": "cpu"}}',
      '{"device": "a\\u00e9"}',
      '{"device": "a\tb"}',
      '{"total_cpu_time (fortnights)": 1}',
      '{"batch_size": 1,}',
      '{"batch_size": 01}',
      "{'device': 'cpu'}",
      '{"device": "cpu"',
    ]) {
      expect(vouched(line), line).to.equal(false);
    }
  });
  it("gives each number column's value as JSON.parse does, and no start for null and missing", () => {
    const random = mulberry32(12);
    const digits = (n: number) => Array.from({length: n}, () => Math.floor(10 * random())).join("").replace(/^0+(?=\d)/, "");
    const texts = ["0", "-0", "-0.0", "0.1", "0.30000000000000004", "1e22", "1E+22", "1e-22", "9.5e23", "12345678901234567.8", "0.123456789012345678", "9007199254740993.5", "9.007199254740993e15", "-1.5e-07", "4.9e-99", "1.7976931348623157e99"];
    for (let i = 0; i < 3000; i++) texts.push(`${random() < 0.2 ? "-" : ""}${digits(1 + Math.floor(8 * random()))}.${digits(1 + Math.floor(11 * random()))}${random() < 0.3 ? `e${random() < 0.5 ? "-" : ""}${Math.floor(40 * random())}` : ""}`);
    const execution = COLUMNS.indexOf("execution_time"), batch = COLUMNS.indexOf("batch_size"), rank = COLUMNS.indexOf("rank");
    for (const text of texts) {
      const b = Buffer.from(`{"execution_time": ${text}, "batch_size": -512, "rank": null}\0`), keys = new RunKeys(), values = new Float64Array(COLUMNS.length), spans = new Int32Array(SPANS);
      keys.startBlock(b, b.length - 1);
      expect(vouchRun(b, 0, keys, spans, values), text).to.equal(b.length - 1);
      expect(Object.is(values[execution], JSON.parse(text)), `${text}: ${values[execution]}`).to.equal(true);
      expect([values[batch], spans[3 * rank], spans[3 * COLUMNS.indexOf("sample_persec")]]).to.deep.equal([-512, -1, -1]);
    }
  });
});

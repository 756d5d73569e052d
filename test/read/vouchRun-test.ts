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

describe("vouchRun across runs (one RunKeys)", () => {
  it("gives for each run what it gives for that run alone, however the layout and key order change from run to run", () => {
    const runs = [
      '{"batch_size": 512, "data_path": "10MB/a.tar", "device": "cpu", "rank": 1}',
      '{"batch_size": 256, "data_path": "25MB/b.tar", "device": "cpu", "rank": 2}',
      '{"batch_size": 256, "data_path": "25MB/b.tar", "device": "gpu"}',
      '{"batch_size":  7, "data_path":"x", "device" : "cpu", "rank": null}',
      '{\n    "device": "cpu",\n    "batch_size": 1\n  }',
      '{\n    "batch_size": 2,\n    "device": "cpu"\n  }',
      '{"batch_size": 3, "devices": "cpu"}',
      '{"batch_size": 4, "device": "cpu", "device": "gpu"}',
      '{"batch_size": 5, "device (x)": "cpu"}',
      '{"total_cpu_time (ms)": 1500, "batch_size": 6}',
      '{"total_cpu_time (seconds)": 1.5, "batch_size": 6}',
      '{"batch_size": 512, "data_path": "10MB/a.tar", "device": "cpu", "rank": 1}',
      "{}",
      '{"batch_size": 8,"data_path": "y"}',
    ];
    // Keys one byte off a known key, at every byte: unknown, so never taken for it.
    for (let j = 0; j < "data_path".length; j++) runs.push(`{"batch_size": 1, "${"data_path".slice(0, j)}${"data_path"[j].toUpperCase()}${"data_path".slice(j + 1)}": "x"}`);
    const alone = (run: string) => {
      const b = Buffer.from(run + "\0"), keys = new RunKeys(), spans = new Int32Array(SPANS), values = new Float64Array(COLUMNS.length);
      keys.startBlock(b, b.length - 1);
      return {end: vouchRun(b, 0, keys, spans, values), spans: [...spans].filter((_, i) => i % 3 < 2), values: [...values]};
    };
    const random = mulberry32(3);
    for (let trial = 0; trial < 200; trial++) {
      const order = runs.map(() => runs[Math.floor(random() * runs.length)]);
      const b = Buffer.from(order.join("\n") + "\0"), keys = new RunKeys();
      keys.startBlock(b, b.length - 1);
      let at = 0;
      for (const run of order) {
        const spans = new Int32Array(SPANS), values = new Float64Array(COLUMNS.length);
        const end = vouchRun(b, at, keys, spans, values), expected = alone(run);
        const shifted = expected.spans.map((v) => (v < 0 ? v : v + at));
        expect({end: end < 0 ? end : end - at, spans: [...spans].filter((_, i) => i % 3 < 2), values: [...values]}, run).to.deep.equal({...expected, spans: shifted});
        at += run.length + 1;
      }
    }
  });
});

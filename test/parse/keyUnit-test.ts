import {expect} from "chai";
import {keyUnit} from "../../src/parse";

const scale = (key: string) => {
  const unit = keyUnit(key);
  return typeof unit === "object" ? unit.multiply / unit.divide : unit;
};

describe("keyUnit(key)", () => {
  it("reads times to seconds, in decimal multiples", () => {
    expect(["total_cpu_time", "total_cpu_time (s)", "total_cpu_time (seconds)", "execution_time (seconds/batch)"].map(scale)).to.deep.equal([1, 1, 1, 1]);
    expect(["ns", "us", "µs", "μs", "ms", "min", "h"].map((u) => scale(`total_cpu_time (${u})`))).to.deep.equal([1e-9, 1e-6, 1e-6, 1e-6, 1e-3, 60, 3600]);
    expect(scale("execution_time (ms/batch)")).to.equal(1e-3);
  });
  it("reads memory to MB of 2^20 bytes, every prefix binary", () => {
    expect(["B", "KB", "KiB", "MB", "MiB", "GB", "GiB"].map((u) => scale(`total_cpu_memory (${u})`))).to.deep.equal([2 ** -20, 2 ** -10, 2 ** -10, 1, 1, 1024, 1024]);
  });
  it("divides by whole numbers rather than multiplying by fractions, so that 3017.3 ms is 3.0173 s", () => {
    const unit = keyUnit("total_cpu_time (ms)");
    expect(unit).to.deep.include({column: "total_cpu_time", unit: "ms", multiply: 1, divide: 1000});
    expect((3017.3 * 1) / 1000).to.equal(3.0173);
  });
  it("refuses a unit it does not know, naming the key and what the column takes", () => {
    expect(keyUnit("total_cpu_time (fortnights)")).to.equal('unknown unit: "total_cpu_time (fortnights)" (times: ns, us, ms, s, min, h)');
    expect(keyUnit("total_cpu_memory (MB/s)")).to.equal('unknown unit: "total_cpu_memory (MB/s)" (memory: B, KB, MB, GB, KiB, MiB, GiB)');
    expect(keyUnit("batch_size (runs)")).to.equal('unknown unit: "batch_size (runs)" (batch_size takes no unit)');
    expect(keyUnit("total_cpu_time (s/batch)")).to.be.a("string");
  });
  it("knows nothing of keys of no column, with or without a unit", () => {
    expect(keyUnit("gpu_time (s)")).to.equal(undefined);
    expect(keyUnit("toString")).to.equal(undefined);
  });
});

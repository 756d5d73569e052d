import {expect} from "chai";
import {columnName} from "../../src/clean";

describe("columnName(key)", () => {
  it("maps keys with or without a unit to the seed's variable", () => {
    expect(columnName("total_cpu_time (seconds)")).to.equal("total_cpu_time");
    expect(columnName("total_cpu_time")).to.equal("total_cpu_time");
    expect(columnName("execution_time (seconds/batch)")).to.equal("execution_time");
    expect(columnName("total_cpu_memory (MB) ")).to.equal("total_cpu_memory");
  });
  it("knows nothing of other keys, inherited ones included", () => {
    expect(columnName("gpu_time (s)")).to.equal(undefined);
    expect(columnName("toString")).to.equal(undefined);
    expect(columnName("__proto__")).to.equal(undefined);
  });
});

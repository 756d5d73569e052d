import {expect} from "chai";
import {partitionCostTable} from "../../src/aggregate";
import {expectFrame} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";

describe("partitionCostTable(runs)", () => {
  const runs = runsFrame({
    experiment: ["E1", "E1", "E2", "E2", "E3", "E4"],
    data_path: ["100MB/a", "100MB/b", "25MB/a", "10MB/a", "1GB/a", null],
    total_cpu_time: [1.005, 2, 3.14159, null, 5, 6],
    total_cpu_memory: [1024, 3072, 1536, 100, 2048, 512],
  });

  it("counts requests and averages duration and memory per partition, sorted by size, unknown last", () => {
    expectFrame(partitionCostTable(runs), {
      partition: ["10MB", "25MB", "100MB", "1GB", null],
      Requests: [1, 1, 2, 1, 1],
      Duration_s: [null, 3.14, 1.5, 5, 6],
      Memory_GB: [0.1, 1.5, 2, 2, 0.5],
      "Cost ($)": [null, 0.16, 0.38, null, null],
    });
  });
  it("rounds half to even as pandas does", () => {
    const table = partitionCostTable(runsFrame({experiment: ["E", "E"], data_path: ["50MB/a", "75MB/a"], total_cpu_time: [0.125, 0.375], total_cpu_memory: [256, 1280]}));
    expect(table.getColumn("Duration_s").toArray()).to.deep.equal([0.12, 0.38]);
    expect(table.getColumn("Memory_GB").toArray()).to.deep.equal([0.2, 1.2]);
  });
  it("takes costs from the given lookup", () => {
    const table = partitionCostTable(runs, {costs: {"10MB": 0.1}});
    expect(table.getColumn("Cost ($)").toArray()).to.deep.equal([0.1, null, null, null, null]);
  });
});

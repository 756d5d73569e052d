import {expect} from "chai";
import {runCosts} from "../../src/cost";
import {expectFrame} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";
import {lambda} from "./prices";

describe("runCosts(runs, {prices})", () => {
  const runs = runsFrame({
    experiment: ["E1", "E1", "E2", "E2"],
    data_path: ["10MB/a", "10MB/b", "25MB/a", null],
    total_cpu_memory: [1024, 12000, null, 2048],
    total_cpu_time: [2, 1.5, 3, null],
    execution_time: [0.5, 0.25, 1, 2],
    num_batches: [5, 4, 3, null],
    batch_size: [512, 512, 512, 512],
  });

  it("prices every run, flags those the service cannot run and leaves unmeasured ones unpriced, saying why", () => {
    expectFrame(runCosts(runs, {prices: lambda}), {
      index: [0, 1, 2, 3],
      experiment: ["E1", "E1", "E2", "E2"],
      partition: ["10MB", "10MB", "25MB", null],
      memory_mb: [1024, 12000, null, 2048],
      duration_s: [2, 1.5, 3, null],
      samples: [2560, 2048, 1536, null],
      billed_memory_mb: [1024, 12000, null, null],
      billed_seconds: [2, 1.5, null, null],
      // 1 GB × 2 s × $0.00001 + $0.0000002; 12,000/1,024 GB × 1.5 s × $0.00001 + $0.0000002
      cost: [1 * 2 * 0.00001 + 0.0000002, (12000 / 1024) * 1.5 * 0.00001 + 0.0000002, null, null],
      problem: [null, "memory over Lambda's 10,240 MB", "not priced: no total_cpu_memory", "not priced: no total_cpu_time"],
    });
  });
  it("bills time per batch × batches when the model says execution_time", () => {
    const costs = runCosts(runs, {prices: {...lambda, duration: "execution_time"}});
    expect(costs.getColumn("duration_s").toArray()).to.deep.equal([2.5, 1, 3, null]);
    expect(costs.getColumn("problem").toArray()[3]).to.equal("not priced: no execution_time or num_batches");
  });
  it("configures every run with memoryMb when given", () => {
    const costs = runCosts(runs, {prices: lambda, memoryMb: 2048});
    expect(costs.getColumn("billed_memory_mb").toArray()).to.deep.equal([2048, 2048, null, null]);
    expect(costs.getColumn("problem").toArray()[1]).to.equal("memory over Lambda's 10,240 MB");
  });
  it("prices the seed's lookup by partition, measured or not", () => {
    const costs = runCosts(runs, {prices: {model: "seed", name: "seed", perRun: {"25MB": 0.16}}});
    expect(costs.getColumn("cost").toArray()).to.deep.equal([null, null, 0.16, null]);
    expect(costs.getColumn("problem").toArray()).to.deep.equal([null, null, null, null]);
  });
});

import {expect} from "chai";
import {priceRuns} from "../../src/cost/priceRuns";
import {runUsages} from "../../src/cost/runUsages";
import {partitionPrices} from "../../src/cost/partitionPrices";
import {runsFrame} from "../helpers/runs";
import {lambda} from "./prices";

describe("partitionPrices(usages, costs)", () => {
  const runs = runsFrame({
    experiment: ["E", "E", "E", "E", "E"],
    data_path: ["10MB/a", "10MB/b", "10MB/c", "25MB/a", null],
    total_cpu_memory: [1024, 20000, null, null, 2048],
    total_cpu_time: [1, 1, 1, 1, 2],
    batch_size: [512, 512, 512, 512, 512],
    num_batches: [1, 3, 1, 1, 1],
  });
  const usages = runUsages(runs, lambda);
  const prices = partitionPrices(usages, priceRuns(usages, lambda));

  it("averages and adds the priced runs of each partition, per MB of its size and per 1,000 samples", () => {
    // 10MB: 1 GB × 1 s and 20,000/1,024 GB × 1 s at $0.00001, one request each; the unmeasured run left out.
    const costs = [0.00001 + 0.0000002, (20000 / 1024) * 0.00001 + 0.0000002];
    const ten = prices.get("10MB")!;
    expect(ten.requests).to.equal(3);
    expect(ten.total).to.be.closeTo(costs[0] + costs[1], 1e-15);
    expect(ten.perRun).to.be.closeTo((costs[0] + costs[1]) / 2, 1e-15);
    expect(ten.perMb).to.be.closeTo((costs[0] + costs[1]) / 2 / 10, 1e-15);
    // 512 × 1 + 512 × 3 samples
    expect(ten.perThousandSamples).to.be.closeTo(((costs[0] + costs[1]) / 2048) * 1000, 1e-15);
    expect(ten.feasible).to.equal(1);
  });
  it("says apart which runs were not priced, after the verdict on the priced ones", () => {
    expect(prices.get("10MB")!.feasibility).to.equal("partly: memory over Lambda's 10,240 MB (1 of 3 runs); not priced: no total_cpu_memory (1 of 3 runs)");
    expect(prices.get("25MB")).to.deep.include({perRun: null, total: null, feasible: 0, feasibility: "not priced: no total_cpu_memory (1 of 1 runs)"});
  });
  it("keeps runs without a partition as a partition of their own, without a cost per MB", () => {
    expect(prices.get(null)).to.deep.include({requests: 1, perMb: null, feasibility: "yes"});
  });
});

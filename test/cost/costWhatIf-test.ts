import {expect} from "chai";
import {costWhatIf} from "../../src/cost";
import {expectFrame} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";
import {expectDollars, fargate, lambda} from "./prices";

describe("costWhatIf(runs, {prices, memoryMb})", () => {
  const runs = runsFrame({
    experiment: ["E1", "E1", "E2"],
    data_path: ["10MB/a", "10MB/b", "25MB/a"],
    total_cpu_memory: [1000, 3000, 500],
    total_cpu_time: [2, 4, 1],
  });

  it("prices every run at each configured memory size, duration held as measured, and says which runs fit", () => {
    const whatIf = costWhatIf(runs, {prices: lambda, memoryMb: [2048, 1024]});
    // 10MB at 1 GB: (1 GB × 2 s + 1 GB × 4 s) × $0.00001 + 2 requests × $0.0000002, over 2 runs; 25MB: 1 GB × 1 s × $0.00001 + 1 request
    expectDollars(whatIf.getColumn("Cost ($)").toArray(), [(6 * 0.00001 + 0.0000004) / 2, 0.00001 + 0.0000002, (2 * 6 * 0.00001 + 0.0000004) / 2, 2 * 0.00001 + 0.0000002]);
    expectDollars(whatIf.getColumn("Total ($)").toArray(), [6 * 0.00001 + 0.0000004, 0.00001 + 0.0000002, 2 * 6 * 0.00001 + 0.0000004, 2 * 0.00001 + 0.0000002]);
    expectFrame(whatIf.drop("Cost ($)", "Total ($)"), {
      memory_mb: [1024, 1024, 2048, 2048],
      partition: ["10MB", "25MB", "10MB", "25MB"],
      Requests: [2, 1, 2, 1],
      "Feasible runs": [1, 1, 1, 1],
      Feasible: ["partly: memory over the configured 1024 MB (1 of 2 runs)", "yes", "partly: memory over the configured 2048 MB (1 of 2 runs)", "yes"],
    });
  });
  it("tries the service's sizes by default", () => {
    expect(costWhatIf(runs, {prices: fargate}).getColumn("memory_mb").toArray()).to.have.length(2 * 9);
  });
  it("refuses the seed's lookup and sizes that are not positive", () => {
    expect(() => costWhatIf(runs, {prices: {model: "seed", name: "seed", perRun: {}}})).to.throw("what-if needs a usage-based price model");
    expect(() => costWhatIf(runs, {prices: lambda, memoryMb: [0]})).to.throw("memory size must be a positive number of MB: 0");
  });
});

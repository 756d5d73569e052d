import {expect} from "chai";
import {fargateCost} from "../../src/cost/fargateCost";
import {fargateTaskSize, isFargateTaskSize} from "../../src/cost/fargateTaskSize";
import {fargate} from "./prices";

const run = (memoryMb: number, seconds: number) => ({partition: "10MB", memoryMb, seconds});

describe("fargateTaskSize(memoryGb)", () => {
  it("is the cheapest task size holding that memory: fewest vCPUs, memory rounded up to their step", () => {
    expect(fargateTaskSize(0.3)).to.deep.equal({vcpu: 0.25, memoryGb: 0.5});
    expect(fargateTaskSize(1.5)).to.deep.equal({vcpu: 0.25, memoryGb: 2});
    expect(fargateTaskSize(2.5)).to.deep.equal({vcpu: 0.5, memoryGb: 3});
    expect(fargateTaskSize(17.4)).to.deep.equal({vcpu: 4, memoryGb: 18});
    expect(fargateTaskSize(30)).to.deep.equal({vcpu: 4, memoryGb: 30});
    expect(fargateTaskSize(30.1)).to.deep.equal({vcpu: 8, memoryGb: 32});
    expect(fargateTaskSize(61)).to.deep.equal({vcpu: 16, memoryGb: 64});
    expect(fargateTaskSize(120)).to.deep.equal({vcpu: 16, memoryGb: 120});
  });
  it("goes past 120 GB in 8 GB steps, a size that isFargateTaskSize denies", () => {
    expect(fargateTaskSize(121)).to.deep.equal({vcpu: 16, memoryGb: 128});
    expect(isFargateTaskSize(16, 128)).to.equal(false);
    expect(isFargateTaskSize(16, 120)).to.equal(true);
    expect(isFargateTaskSize(8, 18)).to.equal(false);
    expect(isFargateTaskSize(0.25, 0.5)).to.equal(true);
  });
});

describe("fargateCost(run, prices)", () => {
  it("bills vCPU-hours and GB-hours of the task size, by the second, at least a minute", () => {
    const short = fargateCost(run(17864, 7.28), fargate);
    // 17,864 MB = 17.45 GB -> 4 vCPU, 18 GB; 7.28 s -> the 60 s minimum: (4 × 0.04 + 18 × 0.004) × 60 / 3600
    expect(short.cost).to.be.closeTo(((4 * 0.04 + 18 * 0.004) * 60) / 3600, 1e-15);
    expect(short).to.include({billedMemoryMb: 18 * 1024, billedSeconds: 60, vcpu: 4, problem: null});
    const long = fargateCost(run(1024, 90.2), fargate);
    // 1 GB -> 0.25 vCPU, 1 GB; 90.2 s -> 91 s: (0.25 × 0.04 + 1 × 0.004) × 91 / 3600
    expect(long.cost).to.be.closeTo(((0.25 * 0.04 + 0.004) * 91) / 3600, 1e-15);
  });
  it("takes a fixed task size from the price file and flags runs that need more memory", () => {
    const cost = fargateCost(run(9000, 120), {...fargate, vcpu: 1, memoryGb: 8});
    // (1 × 0.04 + 8 × 0.004) × 120 / 3600
    expect(cost.cost).to.be.closeTo(((0.04 + 8 * 0.004) * 120) / 3600, 1e-15);
    expect(cost.problem).to.equal("memory over the task's 8 GB");
  });
  it("flags memory over Fargate's 120 GB", () => {
    expect(fargateCost(run(130 * 1024, 10), fargate).problem).to.equal("memory over Fargate's 120 GB");
    expect(fargateCost(run(1024, 10), fargate, 130 * 1024).problem).to.equal("task memory over Fargate's 120 GB");
  });
});

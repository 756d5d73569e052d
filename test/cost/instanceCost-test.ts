import {expect} from "chai";
import {instanceCost} from "../../src/cost/instanceCost";
import {instance} from "./prices";

const run = (memoryMb: number, seconds: number) => ({partition: "10MB", memoryMb, seconds});

describe("instanceCost(run, prices)", () => {
  it("charges a run its slot: the machine cut into as many runs of its memory as fit, at most one per vCPU", () => {
    // 16 GB machine, 7,000 MB run: floor(16,384 / 7,000) = 2 slots; 3.2 s -> 4 s: $1.2 / 2 × 4 / 3600
    const cost = instanceCost(run(7000, 3.2), instance);
    expect(cost.cost).to.be.closeTo((1.2 / 2) * (4 / 3600), 1e-15);
    expect(cost).to.include({slots: 2, billedSeconds: 4, billedMemoryMb: 7000, problem: null});
    // 1,000 MB: 16 would fit by memory, but only 4 vCPUs: 4 slots
    expect(instanceCost(run(1000, 3600), instance)).to.include({slots: 4, cost: 1.2 / 4});
  });
  it("gives a run larger than the machine all of it, and flags it", () => {
    const cost = instanceCost(run(20000, 3600), instance);
    expect(cost).to.include({slots: 1, cost: 1.2, problem: "memory over the t.test's 16 GB"});
  });
  it("slots by the configured memory when given, flagging runs that need more", () => {
    // 8,192 MB slots: 2 of them
    expect(instanceCost(run(1000, 3600), {...instance, memoryMb: 8192})).to.include({slots: 2, cost: 0.6, problem: null});
    expect(instanceCost(run(9000, 3600), instance, 8192)).to.include({slots: 2, problem: "memory over the configured 8192 MB"});
  });
});

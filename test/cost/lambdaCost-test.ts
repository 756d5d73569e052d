import {expect} from "chai";
import {lambdaCost} from "../../src/cost/lambdaCost";
import {lambda} from "./prices";

const run = (memoryMb: number, seconds: number) => ({partition: "10MB", memoryMb, seconds});

describe("lambdaCost(run, prices)", () => {
  it("bills measured memory rounded up to 1 MB × duration rounded up to the ms, plus one request", () => {
    const cost = lambdaCost(run(1000.2, 1.0001), lambda);
    // 1000.2 MB -> 1001 MB; 1.0001 s -> 1001 ms; 1001/1024 GB × 1.001 s × $0.00001 + $0.2 / 1e6
    expect(cost.cost).to.be.closeTo((1001 / 1024) * 1.001 * 0.00001 + 0.2 / 1e6, 1e-15);
    expect(cost).to.include({billedMemoryMb: 1001, billedSeconds: 1.001, problem: null});
  });
  it("rounds a duration that is already whole milliseconds to itself, despite binary floats (4.001 s is 4001 ms)", () => {
    expect(lambdaCost(run(1024, 4.001), lambda).billedSeconds).to.equal(4.001);
    expect(lambdaCost(run(1024, 0.0004), lambda).billedSeconds).to.equal(0.001);
  });
  it("configures at least 128 MB", () => {
    const cost = lambdaCost(run(100, 0.5), lambda);
    // 128 MB = 0.125 GB × 0.5 s × $0.00001 + $0.0000002
    expect(cost.cost).to.be.closeTo(0.125 * 0.5 * 0.00001 + 0.0000002, 1e-15);
    expect(cost.billedMemoryMb).to.equal(128);
  });
  it("bills the configured memory when the price file sets one, and flags runs that need more", () => {
    const cost = lambdaCost(run(3000, 2), {...lambda, memoryMb: 2048});
    // 2048 MB = 2 GB × 2 s × $0.00001 + $0.0000002
    expect(cost.cost).to.be.closeTo(2 * 2 * 0.00001 + 0.0000002, 1e-15);
    expect(cost.problem).to.equal("memory over the configured 2048 MB");
    expect(lambdaCost(run(1500, 2), {...lambda, memoryMb: 2048}).problem).to.equal(null);
  });
  it("flags memory over 10,240 MB and time over 900 s, and still says what it would bill", () => {
    const big = lambdaCost(run(12000, 2), lambda);
    expect(big.problem).to.equal("memory over Lambda's 10,240 MB");
    expect(big.cost).to.be.closeTo((12000 / 1024) * 2 * 0.00001 + 0.0000002, 1e-15);
    expect(lambdaCost(run(10240, 900), lambda).problem).to.equal(null);
    expect(lambdaCost(run(10240, 900.001), lambda).problem).to.equal("time over Lambda's 900 s");
    expect(lambdaCost(run(20000, 1000), lambda).problem).to.equal("memory over Lambda's 10,240 MB; time over Lambda's 900 s");
  });
  it("flags a configured size Lambda does not offer (a what-if past 10,240 MB)", () => {
    expect(lambdaCost(run(1000, 1), lambda, 16384).problem).to.equal("configured memory over Lambda's 10,240 MB");
  });
});

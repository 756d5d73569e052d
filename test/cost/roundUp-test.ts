import {expect} from "chai";
import {roundUp} from "../../src/cost/roundUp";
import {sum} from "../../src/cost/sum";

describe("roundUp(x, step)", () => {
  it("rounds up to whole steps", () => {
    expect(roundUp(1.0001, 0.001)).to.equal(1001);
    expect(roundUp(7.28, 1)).to.equal(8);
    expect(roundUp(1000.2, 1)).to.equal(1001);
  });
  it("keeps a value that is a whole number of steps in decimal, though not in binary", () => {
    expect(Math.ceil(4.001 / 0.001)).to.equal(4002);
    expect(roundUp(4.001, 0.001)).to.equal(4001);
    expect(roundUp(0.07, 0.01)).to.equal(7);
    expect(roundUp(0.3, 0.1)).to.equal(3);
    expect(roundUp(60, 1)).to.equal(60);
  });
});

describe("sum(values)", () => {
  it("adds without the drift of a running float sum", () => {
    const costs = new Array(1600).fill(0.16);
    expect(costs.reduce((a, b) => a + b, 0)).to.not.equal(256);
    expect(sum(costs)).to.equal(256);
    expect(sum([])).to.equal(0);
  });
});

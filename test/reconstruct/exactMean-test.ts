import {expect} from "chai";
import {exactMean} from "../../src/reconstruct/exactMean";

const sum = (values: number[]) => values.reduce((a, v) => a + v, 0);

describe("exactMean(weights, mean)", () => {
  it("returns integers summing to exactly length × mean", () => {
    const weights = [0.91, 1.07, 1.13, 0.88, 1.01, 0.97, 1.2];
    const values = exactMean(weights, 35600);
    expect(values.every(Number.isInteger)).to.equal(true);
    expect(sum(values)).to.equal(7 * 35600);
  });
  it("keeps values proportional to the weights, within one unit", () => {
    const weights = [1, 2, 3, 4];
    const values = exactMean(weights, 1001);
    weights.forEach((w, i) => expect(Math.abs(values[i] - (w / 10) * 4004)).to.be.lessThan(1));
  });
  it("stays exact for totals beyond the generator's largest (1.5e12 units)", () => {
    const weights = Array.from({length: 400}, (_, i) => 1 + ((i * 37) % 19) / 100);
    expect(sum(exactMean(weights, 3896000000))).to.equal(400 * 3896000000);
  });
  it("never returns a negative value, even for tiny shares", () => {
    const values = exactMean([1, 1000, 1], 1);
    expect(sum(values)).to.equal(3);
    expect(values.every((v) => v >= 0)).to.equal(true);
  });
  it("rejects a non-positive weight", () => {
    expect(() => exactMean([1, 0, 2], 10)).to.throw("weight must be positive: 0");
  });
  it("rejects a mean that is not a positive integer", () => {
    expect(() => exactMean([1, 2], 3.5)).to.throw("mean must be a positive integer: 3.5");
  });
});

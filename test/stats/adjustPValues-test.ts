import {expect} from "chai";
import {adjustPValues} from "../../src/stats/adjustPValues";

describe("adjustPValues(p, correction)", () => {
  const p = [0.01, 0.04, 0.03, 0.005];
  it("holm multiplies the i-th smallest by (m − i + 1) and keeps the order monotone", () => {
    // sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → max so far 0.06.
    expect(adjustPValues(p, "holm").map((v) => +v.toFixed(12))).to.deep.equal([0.03, 0.06, 0.06, 0.02]);
  });
  it("bh scales the i-th smallest by m / i and takes running minima from the top", () => {
    // 0.005·4/1 = 0.02, 0.01·4/2 = 0.02, 0.03·4/3 = 0.04, 0.04·4/4 = 0.04.
    expect(adjustPValues(p, "bh").map((v) => +v.toFixed(12))).to.deep.equal([0.02, 0.04, 0.04, 0.02]);
  });
  it("caps at 1, leaves NaN out of the family, and returns copies for none", () => {
    expect(adjustPValues([0.6, NaN, 0.7], "holm")).to.deep.equal([1, NaN, 1].map((v, i) => (i === 1 ? NaN : v)));
    expect(adjustPValues([0.2, 0.3], "none")).to.deep.equal([0.2, 0.3]);
  });
});

import {expect} from "chai";
import {mannWhitney} from "../../src/stats/mannWhitney";
import {mannWhitneyExactCdf} from "../../src/stats/mannWhitneyExact";
import {expectClose, scipy, sorted} from "./scipy";

describe("mannWhitney(x, y)", () => {
  it("agrees with SciPy's mannwhitneyu(method='auto') to 1e-9: U, p and the method it picks", () => {
    for (const c of scipy.mannWhitney) {
      const r = mannWhitney(sorted(c.x), sorted(c.y));
      expect(r.method, c.name).to.equal(c.method);
      expect(r.u, c.name).to.equal(c.u);
      expectClose(r.p, c.p, c.name);
    }
  });
  it("is exact only when a sample has at most 8 values and no value repeats", () => {
    expect(mannWhitney(sorted([1, 2, 3]), sorted([4, 5, 6, 7, 8, 9, 10, 11, 12])).method).to.equal("exact");
    expect(mannWhitney(sorted([1, 2, 3]), sorted([3, 5, 6])).method).to.equal("asymptotic");
    expect(mannWhitney(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9]), sorted([10, 11, 12, 13, 14, 15, 16, 17, 18])).method).to.equal("asymptotic");
  });
  it("gives p = 1 for two copies of one sample, in any order", () => {
    const r = mannWhitney(sorted([3, 1, 2, 2, 5]), sorted([2, 5, 1, 3, 2]));
    expect(r.p).to.equal(1);
  });
});

describe("mannWhitneyExactCdf(u, m, n)", () => {
  it("counts the orderings: P(U ≤ 0) = 1 / C(m+n, m)", () => {
    expectClose(mannWhitneyExactCdf(0, 3, 4), 1 / 35, "3 vs 4", 1e-15);
    expectClose(mannWhitneyExactCdf(0, 8, 100), 1 / 352025629371, "8 vs 100", 1e-12);
  });
  it("is symmetric, P(U ≤ u) = P(U ≥ mn − u), and 1 at mn", () => {
    for (let u = 0; u < 12; u++) expectClose(mannWhitneyExactCdf(u, 3, 4), 1 - mannWhitneyExactCdf(11 - u, 3, 4), `u = ${u}`, 1e-12);
    expect(mannWhitneyExactCdf(12, 3, 4)).to.equal(1);
    expect(mannWhitneyExactCdf(-1, 3, 4)).to.equal(0);
  });
  it("matches an enumeration of every ordering of 4 and 5 values", () => {
    const counts = new Array(21).fill(0);
    for (let mask = 0; mask < 1 << 9; mask++) {
      if (popcount(mask) !== 4) continue;
      let u = 0;
      for (let i = 0; i < 9; i++) if (mask & (1 << i)) for (let j = 0; j < i; j++) if (!(mask & (1 << j))) u++;
      counts[u]++;
    }
    let cumulative = 0;
    counts.forEach((c, u) => ((cumulative += c), expectClose(mannWhitneyExactCdf(u, 4, 5), cumulative / 126, `u = ${u}`, 1e-14)));
  });
});

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

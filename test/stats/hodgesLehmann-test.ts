import {expect} from "chai";
import {hodgesLehmann} from "../../src/stats/hodgesLehmann";
import {kthDifference, kthDifferences} from "../../src/stats/kthDifference";
import {mannWhitney} from "../../src/stats/mannWhitney";
import {mulberry32} from "../../src/reconstruct/mulberry32";
import {sorted} from "./scipy";

describe("kthDifference(x, y, k)", () => {
  it("is the k-th smallest of all differences x_i − y_j, for every k, ties and repeated values included", () => {
    const random = mulberry32(15);
    for (let trial = 0; trial < 20; trial++) {
      const x = sorted(Array.from({length: 1 + Math.floor(random() * 12)}, () => Math.round(random() * 20) / 4));
      const y = sorted(Array.from({length: 1 + Math.floor(random() * 12)}, () => Math.round(random() * 20) / 4));
      const all = [...x].flatMap((a) => [...y].map((b) => a - b)).sort((a, b) => a - b);
      all.forEach((d, i) => expect(kthDifference(x, y, i + 1)).to.equal(d));
    }
  });
  it("refuses a rank outside 1..m·n", () => {
    expect(() => kthDifference(sorted([1]), sorted([2]), 2)).to.throw("no difference of rank 2 among 1×1");
  });
});

describe("hodgesLehmann(x, y, {exact, sd})", () => {
  it("is the median of the differences, with the interval the Mann–Whitney null distribution gives", () => {
    const x = sorted([11.2, 12.5, 13.1, 14.8, 15.0, 16.3, 17.7]);
    const y = sorted([9.1, 10.4, 10.9, 12.0, 13.3]);
    const {method, sd} = mannWhitney(x, y);
    const r = hodgesLehmann(x, y, {exact: method === "exact", sd});
    const all = [...x].flatMap((a) => [...y].map((b) => a - b)).sort((a, b) => a - b);
    expect(r.shift).to.equal((all[17] + all[17]) / 2);
    // 7 vs 5, 95%: P(U ≤ 5) = 0.0240 ≤ 0.025 < P(U ≤ 6) = 0.0366, so k = 6 (Hollander & Wolfe, table A.6).
    expect(r.low).to.equal(all[5]);
    expect(r.high).to.equal(all[35 - 6]);
  });
  it("has no interval when too few runs make one (2 vs 2)", () => {
    const x = sorted([1, 2]);
    const y = sorted([3, 4]);
    expect(hodgesLehmann(x, y, {exact: true, sd: mannWhitney(x, y).sd})).to.deep.equal({shift: -2, low: null, high: null});
  });
  it("uses the normal approximation for large samples and covers the true shift", () => {
    const random = mulberry32(3);
    const x = sorted(Array.from({length: 300}, () => random() + 0.25));
    const y = sorted(Array.from({length: 200}, () => random()));
    const r = hodgesLehmann(x, y, {exact: false, sd: mannWhitney(x, y).sd});
    expect(r.low!).to.be.below(0.25);
    expect(r.high!).to.be.above(0.25);
    expect(r.high! - r.low!).to.be.below(0.15);
  });
});

describe("kthDifferences(x, y, k)", () => {
  it("is the k-th and (k+1)-th smallest differences, ties included", () => {
    const x = sorted([1, 2, 2, 5]);
    const y = sorted([0, 1, 1]);
    const all = [...x].flatMap((a) => [...y].map((b) => a - b)).sort((a, b) => a - b);
    for (let k = 1; k < all.length; k++) expect(kthDifferences(x, y, k)).to.deep.equal([all[k - 1], all[k]]);
    expect(kthDifferences(x, y, all.length)).to.deep.equal([all.at(-1), all.at(-1)]);
  });
});

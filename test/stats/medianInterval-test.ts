import {expect} from "chai";
import {medianBootstrapCdf, medianInterval} from "../../src/stats/medianInterval";
import {scipy, sorted} from "./scipy";

describe("medianInterval(sorted, confidence)", () => {
  // SciPy resamples (100,000 times); ours is the exact limit. They can agree only statistically: at every value the
  // resampled medians took, our probability must lie within 5 standard errors of SciPy's empirical one.
  it("has the distribution SciPy's bootstrap(np.median, method='percentile') samples from, within 5 standard errors", () => {
    for (const c of scipy.bootstrap) {
      const cdf = medianBootstrapCdf(sorted(c.x));
      c.values.forEach((value: number, i: number) => {
        const p = cdf(value).p;
        const se = Math.sqrt((p * (1 - p)) / c.resamples);
        expect(Math.abs(p - c.ecdf[i]), `${c.name} at ${value}: ${p} vs ${c.ecdf[i]}`).to.be.at.most(5 * se + 1e-12);
      });
    }
  });
  it("ends where the resampled medians' 2.5% and 97.5% quantiles reach", () => {
    for (const c of scipy.bootstrap) {
      const r = medianInterval(sorted(c.x));
      const cdf = medianBootstrapCdf(sorted(c.x));
      expect(cdf(r.low).p).to.be.at.least(0.025);
      expect(cdf(r.low - 1e-9 * Math.abs(r.low)).p).to.be.below(0.025);
      expect(cdf(r.high).p).to.be.at.least(0.975);
      expect(r.low, c.name).to.be.at.most(c.low + 1e-9).and.at.least(c.values[c.ecdf.findIndex((e: number) => e >= 0.02)]);
    }
  });
  it("is a point for a single value or when all are equal, and the exact order statistics for odd n", () => {
    expect(medianInterval(sorted([7]))).to.deep.equal({median: 7, low: 7, high: 7});
    expect(medianInterval(sorted([2, 2, 2, 2]))).to.deep.equal({median: 2, low: 2, high: 2});
    // n = 5: P(median* ≤ x_(2)) = P(Bin(5, 0.4) ≥ 3) = 0.31744 and P(≤ x_(1)) = P(Bin(5, 0.2) ≥ 3) = 0.05792.
    expect(medianInterval(sorted([1, 2, 3, 4, 5]))).to.deep.equal({median: 3, low: 1, high: 5});
    expect(medianBootstrapCdf(sorted([1, 2, 3, 4, 5]))(2).p).to.be.closeTo(0.31744, 1e-12);
  });
  it("sums to 1 over every pair of middle values for even n", () => {
    const cdf = medianBootstrapCdf(sorted([1, 2, 4, 8, 16, 32]));
    expect(cdf(32).p).to.be.closeTo(1, 1e-12);
    expect(cdf(0.5).p).to.equal(0);
  });
});

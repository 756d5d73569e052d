import {expect} from "chai";
import {normalCdf, normalSf} from "../../src/stats/normalCdf";
import {normalQuantile} from "../../src/stats/normalQuantile";
import {expectClose, scipy} from "./scipy";

describe("normalCdf(z) and normalSf(z)", () => {
  it("agree with SciPy's norm.cdf and norm.sf to 1e-9, down to 1e-300 in the tails", () => {
    for (const {z, cdf, sf} of scipy.normal) {
      expectClose(normalCdf(z), cdf, `norm.cdf(${z})`);
      expectClose(normalSf(z), sf, `norm.sf(${z})`);
    }
  });
});

describe("normalQuantile(p)", () => {
  it("agrees with SciPy's norm.ppf to 1e-9", () => {
    for (const {p, z} of scipy.normalQuantile) {
      if (z === 0) expect(Math.abs(normalQuantile(p))).to.be.below(1e-15);
      else expectClose(normalQuantile(p), z, `norm.ppf(${p})`);
    }
  });
  it("is ±∞ at 0 and 1 and NaN outside", () => {
    expect(normalQuantile(0)).to.equal(-Infinity);
    expect(normalQuantile(1)).to.equal(Infinity);
    expect(normalQuantile(-0.1)).to.be.NaN;
  });
});

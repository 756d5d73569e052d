import {expect} from "chai";
import {studentTCdf, studentTSf} from "../../src/stats/studentTCdf";
import {studentTQuantile} from "../../src/stats/studentTQuantile";
import {expectClose, scipy} from "./scipy";

describe("studentTCdf(t, df)", () => {
  it("agrees with SciPy's t.cdf to 1e-9, fractional degrees of freedom and far tails included", () => {
    for (const {x, df, cdf} of scipy.t) expectClose(studentTCdf(x, df), cdf, `t.cdf(${x}, ${df})`);
  });
  it("has the closed form of one degree of freedom (Cauchy) and is symmetric", () => {
    expectClose(studentTCdf(1, 1), 0.75, "Cauchy at 1", 1e-14);
    expectClose(studentTSf(2.5, 7), studentTCdf(-2.5, 7), "sf", 1e-15);
  });
  it("is NaN for NaN or non-positive degrees of freedom, 0 and 1 at the infinities", () => {
    expect(studentTCdf(NaN, 3)).to.be.NaN;
    expect(studentTCdf(1, 0)).to.be.NaN;
    expect(studentTCdf(-Infinity, 3)).to.equal(0);
    expect(studentTCdf(Infinity, 3)).to.equal(1);
  });
});

describe("studentTQuantile(p, df)", () => {
  it("solves SciPy's t.cdf to 1e-9 (its t.ppf, from Cephes, is off by up to 2e-9 for fractional df)", () => {
    for (const {p, df, q, ppf} of scipy.tQuantile) {
      expectClose(studentTQuantile(p, df), q, `root of t.cdf = ${p}, df ${df}`);
      expectClose(studentTQuantile(p, df), ppf, `t.ppf(${p}, ${df})`, 5e-9);
    }
  });
  it("inverts the closed forms of 1 and 2 degrees of freedom to the last digits", () => {
    expectClose(studentTQuantile(0.975, 1), Math.tan(0.475 * Math.PI), "Cauchy", 1e-14);
    expectClose(studentTQuantile(0.975, 2), 0.95 * Math.sqrt(2 / 0.0975), "df 2", 1e-14);
  });
  it("is ±∞ at 0 and 1 and NaN outside", () => {
    expect(studentTQuantile(0, 5)).to.equal(-Infinity);
    expect(studentTQuantile(1, 5)).to.equal(Infinity);
    expect(studentTQuantile(1.2, 5)).to.be.NaN;
  });
});

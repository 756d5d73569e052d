import {expect} from "chai";
import {welch} from "../../src/stats/welch";
import {expectClose, scipy} from "./scipy";

describe("welch(x, y)", () => {
  it("agrees with SciPy's ttest_ind(equal_var=False) to 1e-9: t and p", () => {
    for (const c of scipy.welch) {
      const r = welch(c.x, c.y);
      expectClose(r.t, c.t, `${c.name}: t`);
      expectClose(r.p, c.p, `${c.name}: p`);
    }
  });
  it("gives the interval of the difference of means, centred on it and wider at higher confidence", () => {
    const r = welch([1, 2, 3, 4], [2, 4, 6, 9]);
    expect(r.difference).to.equal(-2.75);
    expectClose((r.low + r.high) / 2, r.difference, "centre", 1e-12);
    const wide = welch([1, 2, 3, 4], [2, 4, 6, 9], 0.99);
    expect(wide.low).to.be.below(r.low);
  });
  it("is NaN when neither sample varies or one has a single value", () => {
    expect(welch([2, 2, 2], [2, 2]).p).to.be.NaN;
    expect(welch([1], [2, 3]).p).to.be.NaN;
  });
});

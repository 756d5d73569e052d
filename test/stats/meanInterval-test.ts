import {expect} from "chai";
import {meanInterval} from "../../src/stats/meanInterval";
import {expectClose, scipy} from "./scipy";

describe("meanInterval(values, confidence)", () => {
  it("agrees with SciPy's t.interval(confidence, n − 1, mean, sem) to 1e-9", () => {
    for (const c of scipy.meanInterval) {
      const r = meanInterval(c.x, c.confidence);
      expectClose(r.low, c.low, `${c.name}: low`);
      expectClose(r.high, c.high, `${c.name}: high`);
    }
  });
  it("is a point when every value is equal, and NaN for a single value", () => {
    expect(meanInterval([4, 4, 4])).to.deep.equal({mean: 4, sd: 0, low: 4, high: 4});
    expect(meanInterval([4]).low).to.be.NaN;
  });
});

import {expect} from "chai";
import {experimentNumber, fileLimit, partitionSize, roundHalfEven} from "../../src/aggregate";

describe("aggregation helpers", () => {
  it("roundHalfEven(x, digits) rounds like numpy.round", () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5].map((x) => roundHalfEven(x))).to.deep.equal([0, 2, 2, -0, -2]);
    expect(roundHalfEven(0.125, 2)).to.equal(0.12);
    expect(roundHalfEven(22.836, 2)).to.equal(22.84);
    expect(roundHalfEven(60.168, 1)).to.equal(60.2);
    expect([null, NaN, Infinity].map((x) => roundHalfEven(x, 2))).to.deep.equal([null, NaN, Infinity]);
  });
  it("partitionSize(name) reads the size in MB, or null", () => {
    expect(["10MB", "100MB", "1GB", "512KB", "2.5 GiB", "75", "mixed"].map(partitionSize)).to.deep.equal([10, 100, 1024, 0.5, 2560, 75, null]);
  });
  it("experimentNumber(name) reads the first number, or null", () => {
    expect(["Experiment12", "Experiment003", "baseline"].map(experimentNumber)).to.deep.equal([12, 3, null]);
  });
  it("fileLimit(position) cycles 2, 4, 6, 8, 10", () => {
    expect([0, 1, 2, 3, 4, 5, 21].map(fileLimit)).to.deep.equal([2, 4, 6, 8, 10, 2, 4]);
  });
});

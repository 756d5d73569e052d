import {expect} from "chai";
import {decimal} from "../../src/reconstruct/decimal";

describe("decimal(units, places)", () => {
  it("writes units / 10^places exactly, without trailing zeros", () => {
    expect(decimal(35600, 4)).to.equal("3.56");
    expect(decimal(715139, 2)).to.equal("7151.39");
    expect(decimal(3012345, 4)).to.equal("301.2345");
  });
  it("keeps one decimal digit on whole numbers, as Python writes floats", () => {
    expect(decimal(30000, 4)).to.equal("3.0");
    expect(decimal(7, 0)).to.equal("7.0");
  });
  it("pads small values with leading zeros", () => {
    expect(decimal(5, 4)).to.equal("0.0005");
    expect(decimal(3300, 4)).to.equal("0.33");
  });
  it("writes negative values with a sign", () => {
    expect(decimal(-150, 2)).to.equal("-1.5");
  });
  it("rejects non-integer units", () => {
    expect(() => decimal(1.5, 2)).to.throw("units must be a safe integer: 1.5");
  });
});

import {expect} from "chai";
import {coerce} from "../../src/clean";

describe("coerce(value, kind)", () => {
  it("keeps numbers, null and missing values as they are", () => {
    expect(coerce(1.5, "float")).to.deep.equal({value: 1.5});
    expect(coerce(512, "int")).to.deep.equal({value: 512});
    expect(coerce(Infinity, "float")).to.deep.equal({value: Infinity});
    expect(coerce(null, "float")).to.deep.equal({value: null});
    expect(coerce(undefined, "string")).to.deep.equal({value: null});
  });
  it("reads numbers given as strings, as pandas' to_numeric does", () => {
    expect(coerce("3.5", "float")).to.deep.equal({value: 3.5, kind: "number from string"});
    expect(coerce(" -1e3 ", "float")).to.deep.equal({value: -1000, kind: "number from string"});
    expect(coerce(".5", "float")).to.deep.equal({value: 0.5, kind: "number from string"});
    expect(coerce("inf", "float")).to.deep.equal({value: Infinity, kind: "number from string"});
    expect(coerce("-Infinity", "float")).to.deep.equal({value: -Infinity, kind: "number from string"});
    expect(coerce("512", "int")).to.deep.equal({value: 512, kind: "number from string"});
  });
  it("turns NaN, as a token or a string, into null", () => {
    expect(coerce(NaN, "float")).to.deep.equal({value: null, kind: "NaN to null"});
    expect(coerce("nan", "float")).to.deep.equal({value: null, kind: "NaN to null"});
  });
  it("turns what is not a number into null", () => {
    for (const value of ["", "n/a", "1,5", "0x10", "1e", true, [1], {a: 1}]) {
      expect(coerce(value, "float"), JSON.stringify(value)).to.deep.equal({value: null, kind: "not a number"});
    }
  });
  it("refuses fractions and infinities in integer columns", () => {
    expect(coerce(2.5, "int")).to.deep.equal({value: null, kind: "not an integer"});
    expect(coerce("Infinity", "int")).to.deep.equal({value: null, kind: "not an integer"});
  });
  it("refuses integers a JS number cannot hold exactly, rather than let polars saturate them", () => {
    expect(coerce(123456789012345678901234567890, "int")).to.deep.equal({value: null, kind: "integer out of range"});
    expect(coerce(-(2 ** 53), "int")).to.deep.equal({value: null, kind: "integer out of range"});
    expect(coerce(2 ** 53 - 1, "int")).to.deep.equal({value: 2 ** 53 - 1});
    expect(coerce(1e300, "float")).to.deep.equal({value: 1e300});
  });
  it("takes numbers, booleans and objects as text in string columns", () => {
    expect(coerce("cpu", "string")).to.deep.equal({value: "cpu"});
    expect(coerce(0, "string")).to.deep.equal({value: "0", kind: "string from value"});
    expect(coerce(false, "string")).to.deep.equal({value: "false", kind: "string from value"});
    expect(coerce({a: 1}, "string")).to.deep.equal({value: '{"a":1}', kind: "string from value"});
  });
});

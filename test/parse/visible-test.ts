import {expect} from "chai";
import {visible} from "../../src/parse";

describe("visible(text)", () => {
  it("shows control characters, bidi controls and invisible characters as \\u escapes", () => {
    expect(visible("Experiment\u00a07")).to.equal("Experiment\\u00a07");
    expect(visible("\u001b]0;pwned\u0007")).to.equal("\\u001b]0;pwned\\u0007");
    expect(visible("abc\u202edef\u2067\u2069\u200e\u200f\u061c")).to.equal("abc\\u202edef\\u2067\\u2069\\u200e\\u200f\\u061c");
    expect(visible("zero\u200bwidth\ufeff\u2028\u0085\u007f")).to.equal("zero\\u200bwidth\\ufeff\\u2028\\u0085\\u007f");
    expect(visible("tag\u{e0041}")).to.equal("tag\\u{e0041}");
  });
  it("leaves printable text alone, non-ASCII letters and emoji included", () => {
    expect(visible("Ünïcode é 日本 🎉 | < > \\ \"")).to.equal("Ünïcode é 日本 🎉 | < > \\ \"");
  });
  it("keeps the characters it is told to keep", () => {
    expect(visible("a\tb\nc\u001b", "\t\n")).to.equal("a\tb\nc\\u001b");
  });
});

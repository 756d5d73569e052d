import {expect} from "chai";
import {visible} from "../../src/parse";

describe("visible(text)", () => {
  it("quotes text as JSON, escaping controls and the characters one cannot see", () => {
    expect(visible("Experiment\u00a07")).to.equal('"Experiment\\u00a07"');
    expect(visible("a\u200bb\u202ec\ufeffd\u2028")).to.equal('"a\\u200bb\\u202ec\\ufeffd\\u2028"');
    expect(visible("tab\there \u001b[31m")).to.equal('"tab\\there \\u001b[31m"');
    expect(visible("é 日本 ü")).to.equal('"é 日本 ü"');
  });
});

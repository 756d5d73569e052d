import {expect} from "chai";
import {quoted} from "../../src/parse";

describe("quoted(text)", () => {
  it("quotes text as JSON, escaping controls and the characters one cannot see", () => {
    expect(quoted("Experiment\u00a07")).to.equal('"Experiment\\u00a07"');
    expect(quoted("a\u200bb\u202ec\ufeffd\u2028")).to.equal('"a\\u200bb\\u202ec\\ufeffd\\u2028"');
    expect(quoted("tab\there \u001b[31m")).to.equal('"tab\\there \\u001b[31m"');
    expect(quoted("é 日本 ü")).to.equal('"é 日本 ü"');
  });
});

import {expect} from "chai";
import {escapeHtml} from "../../src/format/escapeHtml";

describe("escapeHtml(text)", () => {
  it("escapes the five characters that can open markup or close an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
  it("leaves other text, including non-ASCII, as is", () => {
    expect(escapeHtml("Experiment1 · 10MB … é")).to.equal("Experiment1 · 10MB … é");
  });
});

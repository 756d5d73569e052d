import {expect} from "chai";
import pl from "nodejs-polars";
import {csv, escapeMarkdown, fixed, markdownTable} from "../../src/format";

describe("fixed(x, digits)", () => {
  it("rounds the exact binary value, as Python's format does", () => {
    expect(fixed(1.005, 2)).to.equal("1.00");
    expect(fixed(25.34, 2)).to.equal("25.34");
    expect(fixed(6.98, 1)).to.equal("7.0");
  });
  it("breaks exact ties to even, where toFixed goes away from zero", () => {
    expect([0.125, 0.375, -0.125].map((x) => fixed(x, 2))).to.deep.equal(["0.12", "0.38", "-0.12"]);
    expect([2.5, 3.5].map((x) => fixed(x, 0))).to.deep.equal(["2", "4"]);
  });
  it("prints null and NaN as NaN and infinities as inf", () => {
    expect([null, NaN, Infinity, -Infinity].map((x) => fixed(x, 2))).to.deep.equal(["NaN", "NaN", "inf", "-inf"]);
  });
});

describe("markdownTable(headers, rows)", () => {
  it("pads every column to its widest cell", () => {
    expect(markdownTable(["a", "long header"], [["wide cell", "1"]])).to.equal(
      "| a         | long header |\n| --------- | ----------- |\n| wide cell | 1           |\n",
    );
  });
});

describe("escapeMarkdown(text)", () => {
  it("leaves no HTML, table break, code span or line break in text from the data", () => {
    expect(escapeMarkdown('<script>x</script> a|b `c` \\ &amp;\nnext')).to.equal("&lt;script&gt;x&lt;/script&gt; a\\|b \\`c\\` \\\\ &amp;amp; next");
  });
  it("is applied to every cell of a table", () => {
    expect(markdownTable(["h"], [["<b>|"]])).to.equal("| h           |\n| ----------- |\n| &lt;b&gt;\\| |\n");
  });
});

describe("csv(df)", () => {
  it("writes floats at full precision, integral floats with .0, nulls empty", () => {
    const df = pl.DataFrame([pl.Series("n", [1, null], pl.Int64), pl.Series("x", [0.1 + 0.2, 7], pl.Float64), pl.Series("s", ["a", null], pl.Utf8)]);
    expect(csv(df)).to.equal("n,x,s\n1,0.30000000000000004,a\n,7.0,\n");
  });
  it("quotes only what must be quoted", () => {
    const df = pl.DataFrame([pl.Series("Cost ($)", ['say "hi"', "a,b", "line\nbreak"], pl.Utf8)]);
    expect(csv(df)).to.equal('Cost ($)\n"say ""hi"""\n"a,b"\n"line\nbreak"\n');
  });
});

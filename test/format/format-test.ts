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

describe("csv(df) and spreadsheet formulas (OWASP CSV injection)", () => {
  const column = (values: (string | null)[]) => pl.DataFrame([pl.Series("data_path", values, pl.Utf8)]);
  it("prefixes ' to a text cell beginning with = + - @ tab or CR, quoting where it must", () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b"];
    expect(csv(column(cells)).split("\n").slice(1, -1)).to.deep.equal([
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
      "'+1+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      "a=b",
    ]);
  });
  it("leaves numbers alone: negative numbers in number columns, and text that is just a number", () => {
    const df = pl.DataFrame([pl.Series("x", [-1.5, -2], pl.Float64), pl.Series("n", [-3, 4], pl.Int64), pl.Series("s", ["-4.5", "+1e3"], pl.Utf8)]);
    expect(csv(df)).to.equal("x,n,s\n-1.5,-3,-4.5\n-2.0,4,+1e3\n");
  });
  it("shows escape, bidi and other invisible characters as escapes, keeping tabs and line breaks", () => {
    expect(csv(column(["a\u001b[31mred", "evil\u202etxt.exe", "line\nbreak", "a\u200bb"]))).to.equal('data_path\na\\u001b[31mred\nevil\\u202etxt.exe\n"line\nbreak"\na\\u200bb\n');
  });
  it("writes every cell exactly as it is with raw: true (for pipelines)", () => {
    expect(csv(column(["=1+1", "x\u202ey", "@a"]), {raw: true})).to.equal("data_path\n=1+1\nx\u202ey\n@a\n");
  });
});

describe("escapeMarkdown(text): links, images and invisible characters", () => {
  it("turns link and image syntax from the data into text", () => {
    expect(escapeMarkdown("![t](https:evil.example)")).to.equal("!\\[t\\](https:evil.example)");
    expect(escapeMarkdown("[c](javascript:alert(1))")).to.equal("\\[c\\](javascript:alert(1))");
    expect(escapeMarkdown("[ref]: https://evil.example")).to.equal("\\[ref\\]: https://evil.example");
  });
  it("shows control and bidi characters as visible escapes", () => {
    expect(escapeMarkdown("a\u001b[2Jb\u202ec\u2066d\u0000")).to.equal("a\\u001b\\[2Jb\\u202ec\\u2066d\\u0000");
  });
});

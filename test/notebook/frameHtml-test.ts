import {expect} from "chai";
import pl from "nodejs-polars";
import {frameHtml} from "../../src/notebook/frameHtml";

const hostile = ["<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, "</svg><svg onload=alert(1)>", "a & b 'c'"];

describe("frameHtml(df, options)", () => {
  it("shows the shape, the column names and short dtype names", () => {
    const html = frameHtml(pl.DataFrame({experiment: ["Experiment1"], runs: [3], throughput: [5.0912]}));
    expect(html).to.contain("<small>shape: (1, 3)</small>");
    expect(html).to.contain(`<tr><th align="left">experiment</th><th align="right">runs</th><th align="right">throughput</th></tr>`);
    expect(html).to.contain(`<tr><td align="left"><i>str</i></td><td align="right"><i>f64</i></td><td align="right"><i>f64</i></td></tr>`);
  });
  it("formats floats with two decimals, rounding ties to even as the seed's tables do", () => {
    const html = frameHtml(pl.DataFrame({x: [0.125, 14295.345678, 3]}));
    expect(cells(html)).to.deep.equal(["0.12", "14295.35", "3.00"]);
  });
  it("keeps integers, booleans, NaN, infinities and tiny floats readable", () => {
    const df = pl.DataFrame({i: [1, 2, 3]}).withColumns(pl.col("i").cast(pl.Int64), pl.Series("f", [NaN, -Infinity, 0.000012345]), pl.Series("b", [true, false, true]));
    expect(cells(frameHtml(df))).to.deep.equal(["1", "NaN", "true", "2", "-inf", "false", "3", "0.0000123", "true"]);
  });
  it("takes the decimals and per-column formatters as options", () => {
    const df = pl.DataFrame({bps: [23700000], s: [1.23456]});
    expect(cells(frameHtml(df, {digits: 3, format: {bps: (v) => `${(v as number) / 1e6} MB/s`}}))).to.deep.equal(["23.7 MB/s", "1.235"]);
  });
  it("shows nulls as an italic null, distinct from the string 'null'", () => {
    expect(cells(frameHtml(pl.DataFrame({s: ["null", null]})))).to.deep.equal(["null", "<i>null</i>"]);
  });
  it("escapes every string: values, column names and formatter output", () => {
    const df = pl.DataFrame({[hostile[0]]: hostile, [hostile[1]]: [1, 2, 3, 4]});
    const html = frameHtml(df, {format: {[hostile[1]]: () => hostile[2]}});
    for (const text of hostile) expect(html).not.to.contain(text);
    expect(html).not.to.match(/<(script|img|svg)\b/i);
    expect(html).to.contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).to.contain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).to.contain("&lt;/svg&gt;&lt;svg onload=alert(1)&gt;");
    expect(html).to.contain("a &amp; b &#39;c&#39;");
  });
  it("shows the head and tail of a long frame around an ellipsis row", () => {
    const html = frameHtml(pl.DataFrame({n: Array.from({length: 20}, (_, i) => `r${i}`)}), {head: 2, tail: 1});
    expect(cells(html)).to.deep.equal(["r0", "r1", "…", "r19"]);
    expect(html).to.contain("shape: (20, 1)");
  });
  it("shows a frame of at most head + tail rows whole, without an ellipsis", () => {
    expect(cells(frameHtml(pl.DataFrame({n: ["a", "b", "c"]}), {head: 2, tail: 1}))).to.deep.equal(["a", "b", "c"]);
  });
  it("shows only the head when tail is 0", () => {
    expect(cells(frameHtml(pl.DataFrame({n: ["a", "b", "c"]}), {head: 1, tail: 0}))).to.deep.equal(["a", "…"]);
  });
  it("cuts long strings with an ellipsis before escaping them", () => {
    expect(cells(frameHtml(pl.DataFrame({s: ["<<<<<<"]}), {maxChars: 4}))).to.deep.equal(["&lt;&lt;&lt;…"]);
  });
  it("shows an empty frame as its shape and header", () => {
    const html = frameHtml(pl.DataFrame({a: [] as string[]}));
    expect(html).to.contain("shape: (0, 1)");
    expect(cells(html)).to.deep.equal([]);
    expect(frameHtml(pl.DataFrame({}))).to.contain("shape: (0, 0)");
  });
  it("rejects negative or fractional row counts", () => {
    expect(() => frameHtml(pl.DataFrame({a: [1]}), {head: -1})).to.throw("invalid head: -1");
    expect(() => frameHtml(pl.DataFrame({a: [1]}), {tail: 1.5})).to.throw("invalid tail: 1.5");
  });
});

// The body cells, in row order.
function cells(html: string) {
  const body = html.slice(html.indexOf("<tbody>"));
  return [...body.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]);
}

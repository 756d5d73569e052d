import {expect} from "chai";
import {chartDocument, pngBuffer, pngBuffers, svgString, throughputChart} from "../../src/charts";
import {seedSummary} from "./fixtures";

describe("pngBuffers(svgs)", () => {
  it("renders on two threads the same bytes as pngBuffer, in order", function () {
    this.timeout(30_000);
    const document = chartDocument();
    const svgs = [22, 5, 12, 3].map((n) => svgString(throughputChart(seedSummary().head(n), {document})));
    const pngs = pngBuffers(svgs, {dpi: 96});
    expect(pngs).to.have.length(4);
    pngs.forEach((png, i) => expect(png.equals(pngBuffer(svgs[i], {dpi: 96})), `chart ${i}`).to.equal(true));
  });
  it("reports a failure in the worker instead of waiting for it", () => {
    const good = svgString(throughputChart(seedSummary().head(2), {document: chartDocument()}));
    expect(() => pngBuffers(["<svg", good, good], {dpi: 96})).to.throw(/^png worker: /);
  });
  it("gives a chart drawn again (remembered, not rendered) the same bytes, as a copy of its own, and other options other bytes", () => {
    const document = chartDocument();
    const svgs = [7, 8, 9].map((n) => svgString(throughputChart(seedSummary().head(n), {document})));
    const first = pngBuffers(svgs, {dpi: 50});
    const again = pngBuffers([svgs[2], svgs[0]], {dpi: 50});
    expect(again.map((png) => png.toString("base64"))).to.deep.equal([first[2], first[0]].map((png) => png.toString("base64")));
    again[0].fill(0);
    expect(pngBuffers([svgs[2]], {dpi: 50})[0].equals(first[2])).to.equal(true);
    expect(pngBuffers([svgs[2]], {dpi: 51})[0].equals(first[2])).to.equal(false);
  });
});

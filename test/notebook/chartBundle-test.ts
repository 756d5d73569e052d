import {expect} from "chai";
import {chartBundle} from "../../src/notebook/chartBundle";
import {png} from "./png";

const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><text>Experiment1</text></svg>\n`;

describe("chartBundle(svg, png, options)", () => {
  it("holds the SVG, the PNG as base64 and a text fallback in one output", () => {
    const image = png(2000, 1250, 300);
    const {data} = chartBundle(svg, image, {alt: "Average throughput per experiment"});
    expect(Object.keys(data).sort()).to.deep.equal(["image/png", "image/svg+xml", "text/plain"]);
    expect(Buffer.from(data["image/png"] as string, "base64").equals(image)).to.equal(true);
    expect(data["text/plain"]).to.equal("Average throughput per experiment");
  });
  it("sizes the PNG in CSS pixels from its resolution", () => {
    expect(chartBundle(svg, png(2000, 1250, 300)).metadata).to.deep.equal({"image/png": {width: 640, height: 400}});
  });
  it("drops the XML declaration and keeps the SVG otherwise as is", () => {
    expect(chartBundle(svg, null).data["image/svg+xml"]).to.equal(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><text>Experiment1</text></svg>\n`);
  });
  it("adds the SVG namespace when missing, which an SVG shown through <img> needs", () => {
    expect(chartBundle(`<svg width="1"></svg>`, null).data["image/svg+xml"]).to.equal(`<svg xmlns="http://www.w3.org/2000/svg" width="1"></svg>`);
  });
  it("shows only the PNG when there is no SVG, and only the SVG when there is no PNG", () => {
    expect(Object.keys(chartBundle(null, png(1, 1)).data).sort()).to.deep.equal(["image/png", "text/plain"]);
    expect(chartBundle(svg, undefined)).to.deep.equal({data: {"image/svg+xml": chartBundle(svg, null).data["image/svg+xml"], "text/plain": "chart"}, metadata: {}});
  });
  it("rejects a chart without images, and markup that is not SVG", () => {
    expect(() => chartBundle(null, null)).to.throw("chart without svg or png");
    expect(() => chartBundle("<div>x</div>", null)).to.throw("not an svg: <div>x</div>");
  });
});

import {expect} from "chai";
import {chartDocument} from "../../src/charts/chartDocument";
import {pngSize} from "../../src/notebook/pngSize";
import type {DisplayData} from "../../src/notebook/publish";
import {showPlot} from "../../src/notebook/showPlot";

function chart(): Element {
  const document = chartDocument();
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("width", "200");
  svg.setAttribute("height", "100");
  svg.setAttribute("viewBox", "0 0 200 100");
  svg.innerHTML = `<rect x="10" y="10" width="120" height="60" fill="steelblue"/><text x="20" y="90">Experiment26</text>`;
  return svg;
}

describe("showPlot(chart, options)", () => {
  it("sends one output holding the chart's SVG, a 144 dpi PNG shown at the SVG's size, and the alt text", () => {
    const outputs: DisplayData[] = [];
    showPlot(chart(), {alt: "a chart", display: (output) => outputs.push(output)});
    expect(outputs).to.have.length(1);
    const {data, metadata} = outputs[0];
    expect(Object.keys(data).sort()).to.deep.equal(["image/png", "image/svg+xml", "text/plain"]);
    expect(data["image/svg+xml"]).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="200"/).and.include("Experiment26");
    expect(data["text/plain"]).to.equal("a chart");
    const png = Buffer.from(data["image/png"] as string, "base64");
    expect(png.readUInt32BE(16)).to.equal(300);
    expect(metadata).to.deep.equal({"image/png": {width: 200, height: 100}});
    expect(pngSize(png)).to.deep.equal({width: 200, height: 100});
  });
  it("renders the PNG at the given resolution", () => {
    const outputs: DisplayData[] = [];
    showPlot(chart(), {dpi: 96, display: (output) => outputs.push(output)});
    expect(Buffer.from(outputs[0].data["image/png"] as string, "base64").readUInt32BE(16)).to.equal(200);
    expect(outputs[0].data["text/plain"]).to.equal("chart");
  });
});

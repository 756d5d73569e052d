import {expect} from "chai";
import pl from "nodejs-polars";
import {throughputChart} from "../../src/charts/throughputChart";
import {throughputFigure} from "../../src/charts/plotly/throughputFigure";
import {svgString} from "../../src/charts/svgString";
import {displayOf, JUPYTER_DISPLAY} from "../../src/notebook/displayOf";
import {frameDisplay} from "../../src/notebook/frameDisplay";
import {seedSummary} from "../charts/fixtures";

describe("displayOf(value)", () => {
  it("shows a polars frame as the table showFrame draws, not polars' own display", () => {
    const df = pl.DataFrame({a: [1, 2], b: ["<x>", "y"]});
    expect(displayOf(df)).to.deep.equal(frameDisplay(df));
  });
  it("shows a series as a one-column frame", () => {
    const series = pl.Series("n", [1, 2, 3]);
    expect(displayOf(series)).to.deep.equal(frameDisplay(series.toFrame()));
  });
  it("shows a chart as its SVG and PNG with its title as text, as showPlot does", function () {
    this.timeout(20000);
    const chart = throughputChart(seedSummary());
    const {data, metadata} = displayOf(chart);
    expect(Object.keys(data).sort()).to.deep.equal(["image/png", "image/svg+xml", "text/plain"]);
    expect(data["image/svg+xml"]).to.equal(svgString(chart).replace(/^<\?xml[^>]*\?>\s*/, ""));
    expect(data["text/plain"]).to.equal("Average Throughput per Experiment (MB/s)");
    expect(metadata).to.deep.equal({"image/png": {width: 768, height: 672}});
  });
  it("shows a figure of the library as live plotly over the PNG of its Plot twin", function () {
    this.timeout(20000);
    const figure = throughputFigure(seedSummary());
    const {data, metadata} = displayOf(figure);
    expect(Object.keys(data).sort()).to.deep.equal(["application/vnd.plotly.v1+json", "image/png", "text/html", "text/plain"]);
    expect(data["text/plain"]).to.equal("Average Throughput per Experiment (MB/s)");
    expect(metadata).to.deep.equal({"image/png": {width: 768, height: 672}});
  });
  it("shows a value with Deno's display method with the bundle it returns, adding text/plain when missing", () => {
    const value = {[JUPYTER_DISPLAY]: () => ({"text/markdown": "**x**"})};
    expect(displayOf(value)).to.deep.equal({data: {"text/markdown": "**x**", "text/plain": "{ [Symbol(Jupyter.display)]: [Function: [Jupyter.display]] }"}, metadata: {}});
    const withMetadata = {[JUPYTER_DISPLAY]: () => ({data: {"image/png": "AA==", "text/plain": "p"}, metadata: {"image/png": {width: 1}}})};
    expect(displayOf(withMetadata)).to.deep.equal({data: {"image/png": "AA==", "text/plain": "p"}, metadata: {"image/png": {width: 1}}});
  });
  it("shows anything else as Node's REPL prints it", () => {
    expect(displayOf(3)).to.deep.equal({data: {"text/plain": "3"}, metadata: {}});
    expect(displayOf("a")).to.deep.equal({data: {"text/plain": "'a'"}, metadata: {}});
    expect(displayOf({data: [1], layout: {}})).to.deep.equal({data: {"text/plain": "{ data: [ 1 ], layout: {} }"}, metadata: {}});
  });
  it("rejects a display method that returns no bundle", () => {
    expect(() => displayOf({[JUPYTER_DISPLAY]: () => "html"})).to.throw("invalid display: 'html'");
  });
});

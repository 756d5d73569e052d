import {expect} from "chai";
import {distributionFigure} from "../../../src/charts/plotly/distributionFigure";
import {staticChart, STATIC_CHART, withStaticChart} from "../../../src/charts/plotly/staticChart";
import {throughputFigure} from "../../../src/charts/plotly/throughputFigure";
import {svgString} from "../../../src/charts/svgString";
import {throughputChart} from "../../../src/charts/throughputChart";
import {seedSummary, syntheticRuns} from "../fixtures";
import {cpuTimeFigure} from "../../../src/charts/plotly/cpuTimeFigure";
import {executionVsSamplesFigure} from "../../../src/charts/plotly/executionVsSamplesFigure";
import {scalingFigure} from "../../../src/charts/plotly/scalingFigure";

describe("staticChart(figure)", () => {
  it("draws the Plot twin of a figure of the library, with the figure's options", () => {
    const chart = staticChart(throughputFigure(seedSummary(), {maxRows: 5}))!;
    expect(svgString(chart)).to.equal(svgString(throughputChart(seedSummary(), {maxRows: 5})));
  });
  it("is undefined for any other figure, and invisible to JSON and spreads", () => {
    expect(staticChart({data: [], layout: {}})).to.equal(undefined);
    expect(staticChart(null)).to.equal(undefined);
    const figure = withStaticChart({data: [], layout: {}}, () => {
      throw new Error("not drawn");
    });
    expect(JSON.stringify(figure)).to.equal('{"data":[],"layout":{}}');
    expect(STATIC_CHART in {...figure}).to.equal(false);
  });
  it("is there for every figure function", () => {
    const figures = [throughputFigure(seedSummary()), executionVsSamplesFigure(seedSummary()), cpuTimeFigure(seedSummary()), distributionFigure(syntheticRuns()), scalingFigure(syntheticRuns())];
    expect(figures.map((figure) => staticChart(figure)?.localName)).to.deep.equal(["svg", "svg", "svg", "svg", "svg"]);
  });
});

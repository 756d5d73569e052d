import {assert} from "chai";
import {chartDocument, defaultDocument} from "../../src/charts/chartDocument";
import {cpuTimeChart} from "../../src/charts/cpuTimeChart";
import {svgString} from "../../src/charts/svgString";
import {throughputChart} from "../../src/charts/throughputChart";
import {seedSummary} from "./fixtures";

describe("chartDocument()", () => {
  it("is a document that charts draw in", () => {
    const chart = throughputChart(seedSummary(), {document: chartDocument()});
    assert.strictEqual(chart.localName, "svg");
    assert.strictEqual(chart.ownerDocument.defaultView?.XMLSerializer.name, "XMLSerializer");
  });
});

describe("defaultDocument()", () => {
  it("is the one document charts draw in when their options name none", () => {
    assert.strictEqual(defaultDocument(), defaultDocument());
    assert.strictEqual(throughputChart(seedSummary()).ownerDocument, defaultDocument());
    assert.strictEqual(cpuTimeChart(seedSummary(), {title: "t"}).ownerDocument, defaultDocument());
  });
  it("draws the same chart as a document of its own", () => {
    assert.strictEqual(svgString(throughputChart(seedSummary())), svgString(throughputChart(seedSummary(), {document: chartDocument()})));
  });
});

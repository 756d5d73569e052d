import {assert} from "chai";
import {chartDocument} from "../../src/charts/chart-document";
import {throughputChart} from "../../src/charts/throughput";
import {seedSummary} from "./fixtures";

describe("chartDocument()", () => {
  it("is a document that charts draw in", () => {
    const chart = throughputChart(seedSummary(), {document: chartDocument()});
    assert.strictEqual(chart.localName, "svg");
    assert.strictEqual(chart.ownerDocument.defaultView?.XMLSerializer.name, "XMLSerializer");
  });
});

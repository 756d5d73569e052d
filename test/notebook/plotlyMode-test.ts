import {expect} from "chai";
import {plotlyNotebookMode, plotlyUrl} from "../../src/notebook/plotlyMode";
import type {DisplayData} from "../../src/notebook/publish";

describe("plotlyNotebookMode({connected})", () => {
  afterEach(() => plotlyNotebookMode({connected: true}));

  it("points figures at the CDN copy of the installed plotly.js while connected, sending nothing", () => {
    const outputs: DisplayData[] = [];
    plotlyNotebookMode({connected: true, display: (output) => outputs.push(output)});
    const {version} = require("plotly.js-dist-min/package.json");
    expect(plotlyUrl()).to.equal(`https://cdn.plot.ly/plotly-${version}.min.js`);
    expect(outputs).to.deep.equal([]);
  });
  it("offline, sends plotly.js once into the page, where RequireJS cannot take it, and figures load none", () => {
    const outputs: DisplayData[] = [];
    plotlyNotebookMode({connected: false, display: (output) => outputs.push(output)});
    expect(plotlyUrl()).to.equal(null);
    expect(outputs).to.have.length(1);
    const html = String(outputs[0].data["text/html"]);
    expect(html).to.match(/^<small class="bench-plotly-mode">plotly\.js [\d.]+ embedded in this notebook: the figures below work offline<\/small>\n<script>\(function \(define, module, exports\) \{\n/);
    expect(html.length).to.be.greaterThan(1_000_000);
    expect(html.match(/<\/script/gi)).to.have.length(1);
    expect(outputs[0].data["text/plain"]).to.match(/^plotly\.js [\d.]+ embedded/);
  });
  it("rejects a mode that is not a boolean", () => {
    expect(() => plotlyNotebookMode({connected: "no" as never})).to.throw("invalid connected: no");
  });
});

import {expect} from "chai";
import {plotlyBundle, STATIC_NOTE} from "../../src/notebook/plotlyBundle";
import {png} from "./png";

const figure = {data: [{type: "bar", x: ["Experiment1"], y: [5.09], name: "</script><script>alert(1)</script>"}], layout: {title: {text: `"><img onerror=alert(1)>`}}};

describe("plotlyBundle(figure, png, options)", () => {
  it("holds the plotly figure, HTML, the PNG and text in one output", () => {
    const {data, metadata} = plotlyBundle(figure, png(1280, 800, 192), {alt: "throughput"});
    expect(Object.keys(data).sort()).to.deep.equal(["application/vnd.plotly.v1+json", "image/png", "text/html", "text/plain"]);
    expect(data["application/vnd.plotly.v1+json"]).to.deep.equal({...figure, config: {}});
    expect(data["text/plain"]).to.equal("throughput");
    expect(metadata).to.deep.equal({"image/png": {width: 640, height: 400}});
  });
  it("shows a one-line note and the PNG in the HTML until the script replaces them with the live figure", () => {
    const html = plotlyBundle(figure, png(1280, 800, 192)).data["text/html"] as string;
    const note = `<div class="bench-plotly-note"><small>${STATIC_NOTE}</small></div>`;
    expect(html).to.match(/^<div class="bench-plotly" data-figure="[^"]*"><div class="bench-plotly-note"><small>[^<]*<\/small><\/div><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="640" height="400" alt="chart"><\/div>\n<script>/);
    expect(html).to.contain(note);
  });
  it("finds its figure without document.currentScript, which the classic Notebook does not set, and says why a figure stays static", () => {
    const html = plotlyBundle(figure, png(1, 1)).data["text/html"] as string;
    expect(html).to.contain(`document.querySelectorAll(".bench-plotly")`);
    expect(html).to.contain(`note.firstChild.textContent = "Static image: " + error.message`);
    expect(html).not.to.contain(".catch(function () {})");
  });
  it("loads no plotly.js when told it is in the page already (offline mode)", () => {
    expect(plotlyBundle(figure, png(1, 1), {plotlyUrl: null}).data["text/html"]).to.contain("var url = null;");
  });
  it("escapes the figure so that its strings cannot open a tag or close the script", () => {
    const html = plotlyBundle(figure, png(1, 1)).data["text/html"] as string;
    expect(html.match(/<script\b/g)).to.have.length(1);
    expect(html.match(/<\/script>/g)).to.have.length(1);
    expect(html.match(/<img\b/g)).to.have.length(1);
    const attribute = /data-figure="([^"]*)"/.exec(html)![1];
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(JSON.parse(decoded)).to.deep.equal({...figure, config: {}});
  });
  it("loads plotly.js from the CDN copy of the installed version unless told otherwise", () => {
    const {version} = require("plotly.js-dist-min/package.json");
    expect(plotlyBundle(figure, png(1, 1)).data["text/html"]).to.contain(`var url = "https://cdn.plot.ly/plotly-${version}.min.js";`);
    expect(plotlyBundle(figure, png(1, 1), {plotlyUrl: "</script>.js"}).data["text/html"]).to.contain(`var url = "\\u003c/script>.js";`);
  });
  it("is the same for the same figure, with no generated ids", () => {
    expect(plotlyBundle(figure, png(1, 1))).to.deep.equal(plotlyBundle(figure, png(1, 1)));
  });
  it("rejects a figure without a data array", () => {
    expect(() => plotlyBundle({data: undefined} as never, png(1, 1))).to.throw("invalid plotly figure: data is undefined");
  });
});

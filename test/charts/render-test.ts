import {assert} from "chai";
import pl from "nodejs-polars";
import {executionVsSamplesChart} from "../../src/charts/executionVsSamplesChart";
import {MAX_PIXELS, pngBuffer} from "../../src/charts/pngBuffer";
import {svgString} from "../../src/charts/svgString";
import {throughputChart} from "../../src/charts/throughputChart";
import {document} from "./document";
import {seedSummary} from "./fixtures";
import {darkPixels, decodePng} from "./png";

describe("svgString(chart)", () => {
  it("is a standalone SVG document on a white background, without Plot's page stylesheet", () => {
    const svg = svgString(throughputChart(seedSummary(), {document}));
    const parsed = new document.defaultView!.DOMParser().parseFromString(svg, "image/svg+xml");
    assert.lengthOf(parsed.getElementsByTagName("parsererror"), 0);
    const root = parsed.documentElement;
    assert.strictEqual(root.namespaceURI, "http://www.w3.org/2000/svg");
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const background = root.firstElementChild!;
    assert.deepEqual(
      [background.localName, background.getAttribute("width"), background.getAttribute("height"), background.getAttribute("fill")],
      ["rect", "100%", "100%", "white"]
    );
    assert.lengthOf(root.querySelectorAll("style"), 0);
    assert.strictEqual(root.getAttribute("color"), "black");
  });

  it("escapes markup in experiment names", () => {
    const summary = seedSummary().withColumn(pl.lit("<script>alert(1)</script> & co").alias("experiment")).head(1);
    const svg = svgString(throughputChart(summary, {document}));
    assert.notInclude(svg, "<script>");
    assert.include(svg, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
  });

  it("does not change the chart", () => {
    const chart = throughputChart(seedSummary(), {document});
    const before = chart.outerHTML;
    svgString(chart);
    assert.strictEqual(chart.outerHTML, before);
  });

  it("throws on anything but an svg element", () => {
    assert.throws(() => svgString(document.createElement("figure")), "not an svg element: figure");
  });
});

describe("pngBuffer(svg, {dpi})", () => {
  const svg = svgString(throughputChart(seedSummary(), {document}));

  it("renders 300 dpi by default: 768×672 CSS pixels become 2400×2100, with the resolution recorded", () => {
    const image = decodePng(pngBuffer(svg));
    assert.deepEqual([image.width, image.height], [2400, 2100]);
    assert.strictEqual(image.ppm, 11811);
  });

  it("renders a chart too tall for MAX_PIXELS at the dpi that fits, with that resolution recorded", function () {
    this.timeout(60_000); // a 24-megapixel render and decode: over 20 s on a busy machine
    const tall = `<svg xmlns="http://www.w3.org/2000/svg" width="768" height="20000"><rect width="768" height="20000" fill="black"/></svg>`;
    const image = decodePng(pngBuffer(tall));
    assert.isAtMost(image.width * image.height, MAX_PIXELS);
    assert.isAbove(image.width * image.height, MAX_PIXELS * 0.99);
    assert.closeTo(image.ppm ?? 0, (image.width / 768) * 96 / 0.0254, 2);
  });

  it("renders at other resolutions", () => {
    const image = decodePng(pngBuffer(svg, {dpi: 96}));
    assert.deepEqual([image.width, image.height, image.ppm], [768, 672, 3780]);
  });

  it("draws the bars on a white background", () => {
    const image = decodePng(pngBuffer(svg, {dpi: 96}));
    assert.deepEqual(Array.from(image.pixels.subarray(0, 4)), [255, 255, 255, 255]);
    assert.isAbove(darkPixels(image, 100, 50, 738, 622), 50000);
  });

  it("draws text with the bundled font, even with no system fonts", () => {
    const titled = decodePng(pngBuffer(svg, {dpi: 96}));
    const untitled = decodePng(pngBuffer(svgString(throughputChart(seedSummary(), {document, title: null})), {dpi: 96}));
    assert.isAbove(darkPixels(titled, 0, 0, 768, 40), 500);
    assert.strictEqual(darkPixels(untitled, 0, 0, 768, 40), 0);
    assert.isAbove(darkPixels(titled, 0, 60, 90, 600), 1000, "tick labels");
  });

  it("renders the scatter's legend and labels", () => {
    const image = decodePng(pngBuffer(svgString(executionVsSamplesChart(seedSummary(), {document})), {dpi: 96}));
    assert.isAbove(darkPixels(image, 650, 50, 768, 400), 1000);
  });

  it("throws on a resolution that is not positive", () => {
    assert.throws(() => pngBuffer(svg, {dpi: 0}), "invalid dpi: 0");
  });
});

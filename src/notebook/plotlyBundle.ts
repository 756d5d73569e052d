import {escapeHtml} from "../format/escapeHtml";
import {pngSize} from "./pngSize";
import type {DisplayData} from "./publish";

/** A plotly figure as plotly.js takes it. */
export interface PlotlyFigure {
  data: unknown[];
  layout?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

export interface PlotlyOptions {
  /** The text/plain representation; "chart" by default. */
  alt?: string;
  /** Where the HTML representation loads plotly.js from; the CDN copy of the installed version by default. */
  plotlyUrl?: string;
}

/**
 * An interactive plotly figure that degrades to its static PNG: the plotly MIME type for frontends with a
 * plotly renderer (JupyterLab with jupyterlab-plotly, VS Code); HTML showing the PNG, which a script
 * replaces with the live figure where scripts run (a trusted JupyterLab notebook, the exported HTML when
 * online); the PNG alone; and text.
 */
export function plotlyBundle(figure: PlotlyFigure, png: Uint8Array, options: PlotlyOptions = {}): DisplayData {
  const {alt = "chart", plotlyUrl = defaultUrl()} = options;
  if (!Array.isArray(figure?.data)) throw new Error(`invalid plotly figure: data is ${typeof figure?.data}`);
  const spec = {data: figure.data, layout: figure.layout ?? {}, config: figure.config ?? {}};
  const base64 = Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString("base64");
  const size = pngSize(png);
  const image = `<img src="data:image/png;base64,${base64}" width="${size.width}" height="${size.height}" alt="${escapeHtml(alt)}">`;
  const html = [
    `<div class="bench-plotly" data-figure="${escapeHtml(JSON.stringify(spec))}">${image}</div>`,
    `<script>${loader.replace("PLOTLY_URL", JSON.stringify(plotlyUrl).replace(/</g, "\\u003c"))}</script>`
  ].join("\n");
  return {
    data: {"application/vnd.plotly.v1+json": spec, "text/html": html, "image/png": base64, "text/plain": alt},
    metadata: {"image/png": size}
  };
}

function defaultUrl() {
  const {version} = require("plotly.js-dist-min/package.json") as {version: string};
  return `https://cdn.plot.ly/plotly-${version}.min.js`;
}

// Finds its figure as the element before it, so the output needs no generated id. plotly.js registers
// with RequireJS instead of window.Plotly where `define` exists (the classic Notebook), hence the swap.
const loader = `(function () {
  var root = document.currentScript && document.currentScript.previousElementSibling;
  if (!root || !root.getAttribute("data-figure")) return;
  var url = PLOTLY_URL;
  var ready = window.Plotly ? Promise.resolve(window.Plotly) : (window.benchPlotly = window.benchPlotly || new Promise(function (resolve, reject) {
    var script = document.createElement("script"), define = window.define;
    window.define = undefined;
    script.src = url;
    script.onload = function () { window.define = define; resolve(window.Plotly); };
    script.onerror = function () { window.define = define; reject(new Error("cannot load " + url)); };
    document.head.appendChild(script);
  }));
  ready.then(function (Plotly) {
    var figure = JSON.parse(root.getAttribute("data-figure")), image = root.querySelector("img");
    return Plotly.newPlot(root, figure.data, figure.layout, figure.config).then(function () { if (image) image.remove(); });
  }).catch(function () {});
})();`;

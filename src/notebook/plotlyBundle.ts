import {escapeHtml} from "../format";
import {plotlyUrl} from "./plotlyMode";
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
  /**
   * Where the HTML loads plotly.js from: by default the CDN copy of the installed version, or, after
   * plotlyNotebookMode({connected: false}), null: the copy that call sent into the page.
   */
  plotlyUrl?: string | null;
}

/** What the figure's HTML says above its PNG until it goes live; the script replaces it with the reason it did not. */
export const STATIC_NOTE = "Static image: the live figure needs scripts (a trusted notebook in Jupyter)";

/**
 * An interactive plotly figure that degrades to its static PNG: the plotly MIME type for frontends with a
 * plotly renderer (JupyterLab with jupyterlab-plotly, VS Code); HTML showing a one-line note and the PNG, which
 * a script replaces with the live figure where scripts run (a trusted notebook in JupyterLab or the classic
 * Notebook, the exported HTML) or, when it cannot, with a note saying why; the PNG alone; and text.
 */
export function plotlyBundle(figure: PlotlyFigure, png: Uint8Array, options: PlotlyOptions = {}): DisplayData {
  const {alt = "chart", plotlyUrl: url = plotlyUrl()} = options;
  if (!Array.isArray(figure?.data)) throw new Error(`invalid plotly figure: data is ${typeof figure?.data}`);
  const spec = {data: figure.data, layout: figure.layout ?? {}, config: figure.config ?? {}};
  const base64 = Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString("base64");
  const size = pngSize(png);
  const image = `<img src="data:image/png;base64,${base64}" width="${size.width}" height="${size.height}" alt="${escapeHtml(alt)}">`;
  const note = `<div class="bench-plotly-note"><small>${escapeHtml(STATIC_NOTE)}</small></div>`;
  const html = [
    `<div class="bench-plotly" data-figure="${escapeHtml(JSON.stringify(spec))}">${note}${image}</div>`,
    `<script>${loader.replace("PLOTLY_URL", JSON.stringify(url).replace(/</g, "\\u003c"))}</script>`
  ].join("\n");
  return {
    data: {"application/vnd.plotly.v1+json": spec, "text/html": html, "image/png": base64, "text/plain": alt},
    metadata: {"image/png": size}
  };
}

// Finds its figure as the element before it where the front end sets document.currentScript (JupyterLab, a
// page); else (the classic Notebook runs output scripts through jQuery, without it) takes every figure of the
// page not yet started, so the output needs no generated id. plotly.js registers with RequireJS instead of
// window.Plotly where `define` exists (the classic Notebook), hence the swap while it loads. A failed load is
// forgotten, so that a later figure tries again.
const loader = `(function () {
  var own = document.currentScript && document.currentScript.previousElementSibling;
  var roots = own && own.classList.contains("bench-plotly") ? [own] : document.querySelectorAll(".bench-plotly");
  roots = Array.prototype.filter.call(roots, function (root) { return !root.hasAttribute("data-state"); });
  if (roots.length === 0) return;
  var url = PLOTLY_URL;
  var ready = window.Plotly ? Promise.resolve(window.Plotly)
    : url === null ? Promise.reject(new Error("plotly.js is not in this page: run the cell with plotlyNotebookMode({connected: false}) first"))
    : (window.benchPlotly = window.benchPlotly || new Promise(function (resolve, reject) {
      var script = document.createElement("script"), define = window.define;
      window.define = undefined;
      script.src = url;
      script.onload = function () { window.define = define; resolve(window.Plotly); };
      script.onerror = function () { window.define = define; window.benchPlotly = undefined; reject(new Error("plotly.js did not load from " + url + " (offline?)")); };
      document.head.appendChild(script);
    }));
  roots.forEach(function (root) {
    root.setAttribute("data-state", "loading");
    var note = root.querySelector(".bench-plotly-note"), image = root.querySelector("img");
    ready.then(function (Plotly) {
      var figure = JSON.parse(root.getAttribute("data-figure"));
      return Plotly.newPlot(root, figure.data, figure.layout, figure.config);
    }).then(function () {
      if (note) note.remove();
      if (image) image.remove();
      root.setAttribute("data-state", "live");
    }, function (error) {
      root.setAttribute("data-state", "static");
      if (note) note.firstChild.textContent = "Static image: " + error.message;
    });
  });
})();`;

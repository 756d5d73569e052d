import {readFileSync} from "node:fs";
import {publish, type DisplaySink} from "./publish";

let connected = true;

/**
 * Where figures load plotly.js from in this kernel session: the CDN copy of the installed version while connected
 * (the default, and what committed notebooks use), null once plotlyNotebookMode({connected: false}) has sent the
 * bundle into the page.
 */
export function plotlyUrl(): string | null {
  return connected ? cdnUrl() : null;
}

/**
 * plotly.py's two notebook modes. Connected (the default): each figure loads plotly.js from its CDN, which keeps
 * notebooks small but needs the network. Not connected: sends plotly.js itself (about 4.6 MB) into the page once,
 * as one output of this cell, and the figures after it use that copy: works offline, makes the notebook big.
 */
export function plotlyNotebookMode({connected: mode, display}: {connected: boolean; display?: DisplaySink}): void {
  if (typeof mode !== "boolean") throw new Error(`invalid connected: ${mode}`);
  connected = mode;
  if (mode) return;
  const {version} = require("plotly.js-dist-min/package.json") as {version: string};
  const bundle = readFileSync(require.resolve("plotly.js-dist-min"), "utf8").replace(/<\/(script)/gi, "<\\/$1");
  const text = `plotly.js ${version} embedded in this notebook: the figures below work offline`;
  // Run with define, module and exports shadowed, so that plotly.js sets window.Plotly even where RequireJS
  // is present (the classic Notebook) instead of registering an anonymous module there.
  const script = `<script>(function (define, module, exports) {\n${bundle}\n}).call(window);</script>`;
  publish({data: {"text/html": `<small class="bench-plotly-mode">${text}</small>\n${script}`, "text/plain": text}, metadata: {}}, display);
}

function cdnUrl() {
  const {version} = require("plotly.js-dist-min/package.json") as {version: string};
  return `https://cdn.plot.ly/plotly-${version}.min.js`;
}

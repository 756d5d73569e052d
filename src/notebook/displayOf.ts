import {inspect} from "node:util";
import type pl from "nodejs-polars";
import {CHART_TITLE, pngBuffer, staticChart, svgString} from "../charts";
import {chartBundle} from "./chartBundle";
import {frameDisplay} from "./frameDisplay";
import {plotlyBundle, type PlotlyFigure} from "./plotlyBundle";
import type {DisplayData} from "./publish";

/** Deno's rich-display protocol: a method returning a MIME bundle (or, here, a bundle with its metadata). */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/**
 * What the kernel shows for a cell's last value: a polars frame (or series) as the table showFrame draws, a chart
 * as its SVG and PNG (as showPlot), a figure of this library as live plotly over its PNG (as showPlotly), any value
 * with a `[Symbol.for("Jupyter.display")]()` method as the bundle it returns (the analysis has one); text/plain
 * always, `util.inspect` as Node's REPL prints it when nothing richer applies.
 */
export function displayOf(value: unknown): DisplayData {
  const output = richDisplay(value);
  if (output === undefined) return {data: {"text/plain": inspect(value)}, metadata: {}};
  if (typeof output.data["text/plain"] !== "string") output.data["text/plain"] = inspect(value);
  return output;
}

function richDisplay(value: unknown): DisplayData | undefined {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
  const tag = polarsTag(value);
  // Before the display method: polars has its own, which caps rows at 50 and draws no dtype row.
  if (tag === "DataFrame") return frameDisplay(value as pl.DataFrame);
  if (tag === "Series") return frameDisplay((value as pl.Series).toFrame());
  if (isSvg(value)) return chartDisplay(value);
  const chart = staticChart(value);
  if (chart !== undefined) return figureDisplay(value as PlotlyFigure, chart);
  const method = (value as {[JUPYTER_DISPLAY]?: unknown})[JUPYTER_DISPLAY];
  if (typeof method === "function") return bundle(method.call(value));
  return undefined;
}

// polars marks its frames with a toStringTag string, its series with a toStringTag method.
function polarsTag(value: object) {
  const tag = (value as {[Symbol.toStringTag]?: unknown})[Symbol.toStringTag];
  return typeof tag === "function" ? (tag as () => unknown).call(value) : tag;
}

function chartDisplay(chart: Element): DisplayData {
  const svg = svgString(chart);
  return chartBundle(svg, pngBuffer(svg, {dpi: 144}), {alt: title(chart)});
}

function figureDisplay(figure: PlotlyFigure, chart: Element): DisplayData {
  const layoutTitle = (figure.layout?.title as {text?: unknown} | undefined)?.text;
  return plotlyBundle(figure, pngBuffer(svgString(chart), {dpi: 96}), {alt: typeof layoutTitle === "string" ? layoutTitle : title(chart)});
}

function isSvg(value: object): value is SVGSVGElement {
  const node = value as Partial<Element>;
  return node.nodeType === 1 && node.localName === "svg" && typeof node.cloneNode === "function";
}

function title(chart: Element): string {
  const text = (chart as {[CHART_TITLE]?: unknown})[CHART_TITLE];
  return typeof text === "string" ? text : "chart";
}

// A MIME bundle (every key a MIME type, as Deno's protocol returns), or {data, metadata}.
function bundle(result: unknown): DisplayData {
  if (result === null || typeof result !== "object") throw new Error(`invalid display: ${inspect(result)}`);
  const {data, metadata} = result as Partial<DisplayData>;
  if (data !== null && typeof data === "object" && !Object.keys(result).some((key) => key.includes("/"))) {
    return {data: {...data}, metadata: {...metadata}};
  }
  return {data: {...(result as Record<string, unknown>)}, metadata: {}};
}

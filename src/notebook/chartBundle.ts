import {pngSize} from "./pngSize";
import type {DisplayData} from "./publish";

export interface ChartBundleOptions {
  /** The text/plain representation; "chart" by default. */
  alt?: string;
}

/**
 * A chart as one output holding its SVG and its PNG: JupyterLab renders the SVG in a trusted notebook and
 * the PNG in an untrusted one; the PNG is also what survives where SVG is stripped. The PNG is sized in
 * CSS pixels from its resolution, so a 300 dpi image shows at the size of the SVG.
 */
export function chartBundle(svg: string | null | undefined, png: Uint8Array | null | undefined, options: ChartBundleOptions = {}): DisplayData {
  const {alt = "chart"} = options;
  if (svg == null && png == null) throw new Error("chart without svg or png");
  const data: DisplayData["data"] = {};
  const metadata: DisplayData["metadata"] = {};
  if (svg != null) data["image/svg+xml"] = inlineSvg(svg);
  if (png != null) {
    data["image/png"] = Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString("base64");
    metadata["image/png"] = pngSize(png);
  }
  data["text/plain"] = alt;
  return {data, metadata};
}

// The XML declaration is noise once the SVG is inlined in HTML; an SVG shown through <img> needs its namespace.
function inlineSvg(svg: string) {
  const body = svg.replace(/^\s*<\?xml[^>]*\?>\s*/, "");
  if (!/^<svg[\s>]/.test(body)) throw new Error(`not an svg: ${body.slice(0, 40)}`);
  return /^<svg[^>]*\sxmlns=/.test(body) ? body : body.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

import {pngBuffer, svgString} from "../charts";
import {chartBundle, type ChartBundleOptions} from "./chartBundle";
import {publish, type DisplaySink} from "./publish";

/**
 * Displays a chart element (any of the library's charts) in the executing tslab cell as its SVG and
 * a PNG; 144 dpi by default, sharp on high-density screens yet small enough to commit.
 */
export function showPlot(chart: Element, options: ChartBundleOptions & {dpi?: number; display?: DisplaySink} = {}): void {
  const {display, dpi = 144, ...bundle} = options;
  const svg = svgString(chart);
  publish(chartBundle(svg, pngBuffer(svg, {dpi}), bundle), display);
}

import {chartBundle, type ChartBundleOptions} from "./chartBundle";
import {publish, type DisplaySink} from "./publish";

/** Displays a chart in the executing tslab cell as one output holding its SVG and PNG (see `chartBundle`). */
export function showChart(
  svg: string | null | undefined,
  png: Uint8Array | null | undefined,
  options: ChartBundleOptions & {display?: DisplaySink} = {}
): void {
  const {display, ...chart} = options;
  publish(chartBundle(svg, png, chart), display);
}

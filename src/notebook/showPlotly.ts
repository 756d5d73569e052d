import {pngBuffer, staticChart, svgString} from "../charts";
import {plotlyBundle, type PlotlyFigure, type PlotlyOptions} from "./plotlyBundle";
import {publish, type DisplaySink} from "./publish";

/**
 * Displays an interactive plotly figure in the executing cell, over its PNG where scripts do not run; the PNG
 * may be left out for a figure of this library, which draws its Plot twin for it.
 */
export function showPlotly(figure: PlotlyFigure, png?: Uint8Array, options: PlotlyOptions & {display?: DisplaySink} = {}): void {
  const {display, ...plotly} = options;
  publish(plotlyBundle(figure, png ?? twinPng(figure), plotly), display);
}

function twinPng(figure: PlotlyFigure) {
  const chart = staticChart(figure);
  if (chart === undefined) throw new Error("figure without a png: pass one, or use a figure of this library");
  return pngBuffer(svgString(chart), {dpi: 96});
}

import {plotlyBundle, type PlotlyFigure, type PlotlyOptions} from "./plotlyBundle";
import {publish, type DisplaySink} from "./publish";

/** Displays an interactive plotly figure in the executing tslab cell, with its PNG where scripts do not run. */
export function showPlotly(figure: PlotlyFigure, png: Uint8Array, options: PlotlyOptions & {display?: DisplaySink} = {}): void {
  const {display, ...plotly} = options;
  publish(plotlyBundle(figure, png, plotly), display);
}

import type * as Plot from "@observablehq/plot";

/** Options of every chart: the document to draw in, its title, and Plot options that override the chart's own. */
export interface ChartOptions extends Omit<Plot.PlotOptions, "title" | "document"> {
  document: Document;
  title?: string | null;
}

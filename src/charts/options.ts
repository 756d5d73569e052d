import type * as Plot from "@observablehq/plot";

/**
 * Options of every chart: the document to draw in (one shared jsdom document by default), its title and subtitle, the most experiments it draws a
 * labelled row for (maxRows, 60 by default), and Plot options that override the chart's own.
 */
export interface ChartOptions extends Omit<Plot.PlotOptions, "title" | "subtitle" | "document"> {
  document?: Document;
  title?: string | null;
  subtitle?: string | null;
  maxRows?: number;
}

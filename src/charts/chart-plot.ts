import * as Plot from "@observablehq/plot";
import type {ChartOptions} from "./options";

export interface ChartDefaults extends Omit<Plot.PlotOptions, "title" | "subtitle" | "marks"> {
  title: string;
  subtitle?: string;
}

/**
 * Plots the chart's marks with its defaults under the caller's options; the title and subtitle are marks so that they
 * stay in the SVG, and a subtitle gets its own line of the top margin.
 */
export function chartPlot(marks: Plot.Markish[], defaults: ChartDefaults, options: ChartOptions) {
  const {title = defaults.title, subtitle = defaults.subtitle, maxRows: _maxRows, marks: extra = [], x, y, color, ...rest} = options;
  const top = subtitle == null || rest.marginTop != null ? {} : {marginTop: (defaults.marginTop ?? 0) + 16};
  const plot = {...defaults, ...top, ...rest};
  return Plot.plot({
    ...plot,
    title: undefined,
    subtitle: undefined,
    x: {...defaults.x, ...x},
    y: {...defaults.y, ...y},
    color: {...defaults.color, ...color},
    marks: [
      ...marks,
      ...extra,
      title == null ? null : titleMark(title, plot.marginTop ?? 0),
      subtitle == null ? null : subtitleMark(subtitle, plot.marginTop ?? 0, title == null ? 12 : 34)
    ]
  });
}

function titleMark(title: string, marginTop: number) {
  return Plot.text([title], {
    frameAnchor: "top",
    lineAnchor: "top",
    dy: 12 - marginTop,
    fontSize: 15,
    fontWeight: "bold"
  });
}

function subtitleMark(subtitle: string, marginTop: number, top: number) {
  return Plot.text([subtitle], {frameAnchor: "top", lineAnchor: "top", dy: top - marginTop, fontSize: 12, fill: "#555"});
}

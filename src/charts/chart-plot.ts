import * as Plot from "@observablehq/plot";
import type {ChartOptions} from "./options";

export interface ChartDefaults extends Omit<Plot.PlotOptions, "title" | "marks"> {
  title: string;
}

/** Plots the chart's marks with its defaults under the caller's options; the title is a mark so that it stays in the SVG. */
export function chartPlot(marks: Plot.Markish[], defaults: ChartDefaults, options: ChartOptions) {
  const {title = defaults.title, marks: extra = [], x, y, color, ...rest} = options;
  const plot = {...defaults, ...rest};
  return Plot.plot({
    ...plot,
    title: undefined,
    x: {...defaults.x, ...x},
    y: {...defaults.y, ...y},
    color: {...defaults.color, ...color},
    marks: [...marks, ...extra, title == null ? null : titleMark(title, plot.marginTop ?? 0)]
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

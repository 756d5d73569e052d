import type * as PlotTypes from "@observablehq/plot";
import {Plot} from "./plot";
import {defaultDocument} from "./chartDocument";
import {CHART_TITLE} from "./chartTitle";
import type {ChartOptions} from "./options";

export interface ChartDefaults extends Omit<PlotTypes.PlotOptions, "title" | "subtitle" | "marks"> {
  title: string;
  subtitle?: string;
}

/**
 * Plots the chart's marks with its defaults under the caller's options; the title and subtitle are marks so that they
 * stay in the SVG, and a subtitle gets its own line of the top margin.
 */
export function chartPlot(marks: PlotTypes.Markish[], defaults: ChartDefaults, options: ChartOptions) {
  const {title = defaults.title, subtitle = defaults.subtitle, maxRows: _maxRows, marks: extra = [], x, y, color, document = defaultDocument(), ...rest} = options;
  const top = subtitle == null || rest.marginTop != null ? {} : {marginTop: (defaults.marginTop ?? 0) + 16};
  const plot = {...defaults, ...top, ...rest};
  const chart = Plot.plot({
    ...plot,
    document,
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
  // What a notebook shows as the chart's text: its title.
  if (title != null) Object.defineProperty(chart, CHART_TITLE, {value: title});
  return chart;
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

/** A plotly figure: traces and layout, as Plotly.newPlot takes them. */
export interface Figure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}

/** Text that plotly shows as it is: plotly reads labels as a little HTML, so markup in the data must be escaped. */
export function plotlyText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Options of the figures: the most experiments drawn as labelled rows or labelled points (60 by default). */
export interface FigureOptions {
  maxRows?: number;
}

/** The layout every figure starts from: its title (and a subtitle, if any), axis titles and the seed's white grid. */
export function baseLayout(title: string, x: string, y: string, subtitle?: string): Record<string, unknown> {
  return {
    title: subtitle == null ? {text: plotlyText(title)} : {text: plotlyText(title), subtitle: {text: plotlyText(subtitle)}},
    xaxis: {title: {text: plotlyText(x)}, gridcolor: "#eee", zeroline: false, automargin: true},
    yaxis: {title: {text: plotlyText(y)}, gridcolor: "#eee", zeroline: false, automargin: true},
    plot_bgcolor: "white",
    paper_bgcolor: "white",
    hovermode: "closest",
    font: {family: "system-ui, sans-serif", size: 12}
  };
}

/** The y axis of a figure with one row per experiment: the names as categories, in the given order from the top. */
export function experimentAxis(layout: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return {...(layout.yaxis as object), type: "category", categoryorder: "array", categoryarray: names, autorange: "reversed"};
}

/** Horizontal error bars from each row's interval around its value at `centre`, none where it has no interval. */
export function intervalBars(rows: {low: number | null; high: number | null}[], centre: (i: number) => number, style: {color: string; thickness: number}): Record<string, unknown> {
  return {
    type: "data",
    symmetric: false,
    array: rows.map((d, i) => (d.high === null ? 0 : d.high - centre(i))),
    arrayminus: rows.map((d, i) => (d.low === null ? 0 : centre(i) - d.low)),
    color: style.color,
    thickness: style.thickness,
    width: 0,
  };
}

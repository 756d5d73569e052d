/** The property under which a chart element keeps its title, the text a notebook shows for it. */
export const CHART_TITLE = Symbol.for("bench-analysis.chartTitle");

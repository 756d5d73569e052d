import {readFileSync} from "node:fs";
import {escapeHtml} from "../../format";
import type {Figure} from "./figure";

export interface PageOptions {
  title?: string;
}

/** A self-contained HTML page of plotly figures, with the plotly bundle inlined so that it works offline. */
export function chartsPage(figures: readonly Figure[], {title = "Benchmark charts"}: PageOptions = {}): string {
  // Inside a script element only "</script" ends it; the bundle escapes it as a string would.
  const bundle = readFileSync(require.resolve("plotly.js-dist-min"), "utf8").replace(/<\/(script)/gi, "<\\/$1");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5em auto; max-width: 1000px; padding: 0 1em; color: #222; }
.chart { margin-bottom: 2em; }
</style>
<script>${bundle}</script>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${figures.map((_, i) => `<div class="chart" id="chart-${i}"></div>`).join("\n")}
<script>
const figures = ${scriptJson(figures)};
figures.forEach((figure, i) => Plotly.newPlot("chart-" + i, figure.data, figure.layout, {responsive: true, displaylogo: false}));
</script>
</body>
</html>
`;
}

/** JSON safe inside a script element: no character of it can close the element or start a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

import type pl from "nodejs-polars";
import type {Analysis} from "../analyse";
import {chartDocument, chartsPage, deltaChart, deltaFigure, deltaRows, intervalChart, intervalFigure, intervalRows, MAX_ROWS, pngBuffers, svgString} from "../charts";
import {comparisonMarkdown, csv} from "../format";
import {compareGroups, METRICS, runStatistics, summaryIntervals} from "../stats";
import {UsageError, type Options} from "./args";

/**
 * comparison.md and .csv (every experiment against the baseline, per metric), the interval and delta charts of one
 * metric with their interactive page, and the summary with the intervals of its averages.
 */
export function comparisonFiles(
  {runs, summary, experiments}: Analysis,
  {baseline, metric, alpha = 0.05}: Partial<Pick<Options, "baseline" | "metric" | "alpha">> = {},
  csvOptions: {raw?: boolean} = {},
): {files: Record<string, string | Uint8Array>; intervals: pl.DataFrame} {
  if (metric !== undefined && !runs.columns.includes(metric)) throw new UsageError(`--metric: unknown column: ${metric}`);
  if (metric !== undefined && !runs.getColumn(metric).isNumeric()) throw new UsageError(`--metric: not a numeric column: ${metric}`);
  if (baseline !== undefined && !experiments.includes(baseline)) throw new UsageError(`--baseline: unknown experiment: ${baseline}`);
  const metrics = metric === undefined ? METRICS.map((m) => m.column) : [metric];
  const comparisons = compareGroups(runs, {metrics, baseline, alpha, groups: experiments});
  // Neither comparison.md nor the summary shows the intervals of the median: not computed here.
  const statistics = runStatistics(runs, {metrics, groups: experiments, median: false});
  const chosen = metrics[0];
  const document = chartDocument();
  // Each chart's rows once, for both renderers.
  const intervals = intervalRows(statistics, {metric: chosen, maxRows: MAX_ROWS});
  const deltas = deltaRows(comparisons, {metric: chosen, maxRows: MAX_ROWS});
  const charts: [string, Element][] = [
    [`${chosen}_intervals`, intervalChart(intervals, {document})],
    [`${chosen}_vs_baseline`, deltaChart(deltas, {document})],
  ];
  const svgs = charts.map(([, chart]) => svgString(chart));
  const pngs = pngBuffers(svgs);
  const files: Record<string, string | Uint8Array> = {
    "comparison.md": header(comparisons, alpha) + comparisonMarkdown(comparisons, statistics),
    "comparison.csv": csv(comparisons, csvOptions),
    "comparison.html": chartsPage([intervalFigure(intervals), deltaFigure(deltas)], {title: "Comparisons"}),
  };
  charts.forEach(([name], i) => ((files[`${name}.svg`] = svgs[i]), (files[`${name}.png`] = pngs[i])));
  return {files, intervals: summaryIntervals(summary, runs, metric === undefined ? {statistics} : {})};
}

function header(comparisons: pl.DataFrame, alpha: number): string {
  const baseline = comparisons.height ? String(comparisons.getColumn("baseline").get(0)) : "none (fewer than 2 experiments)";
  return [
    `# Comparisons`,
    ``,
    `Every experiment against ${baseline}. Each cell: the mean ± the half-width of its 95% confidence interval (Student t) in`,
    `% of the mean; then the change of the mean in %, with the Mann–Whitney p-value, Holm-corrected over the table, and the`,
    `runs compared (baseline + experiment). \`~\`: no significant difference at α = ${alpha}. Full precision, Welch's t,`,
    `the Hodges–Lehmann shift and Cliff's delta: comparison.csv.`,
    ``,
    ``,
  ].join("\n");
}

import type {Analysis} from "../analyse";
import {
  chartDocument,
  chartsPage,
  cpuTimeChart,
  cpuTimeFigure,
  distributionChart,
  distributionFigure,
  executionVsSamplesChart,
  executionVsSamplesFigure,
  pngBuffers,
  scalingChart,
  scalingFigure,
  svgString,
  throughputChart,
  throughputFigure,
} from "../charts";

/**
 * Every chart as `name.svg` and `name.png` (300 dpi), the seed's three under the seed's names, and charts.html with the
 * interactive views; charts of one row or label per experiment draw at most maxRows of them (60 by default).
 */
export function chartFiles({summary, runs}: Analysis, {png = true, maxRows}: {png?: boolean; maxRows?: number} = {}): Record<string, string | Uint8Array> {
  const document = chartDocument();
  const charts: [string, Element][] = [
    ["avg_throughput_MBps", throughputChart(summary, {document, maxRows})],
    ["execution_vs_sample_persec", executionVsSamplesChart(summary, {document, maxRows})],
    ["avg_cpu_time", cpuTimeChart(summary, {document, maxRows})],
    ["cpu_time_distribution", distributionChart(runs, {document, maxRows})],
    ["partition_scaling", scalingChart(runs, {document})],
  ];
  const files: Record<string, string | Uint8Array> = {};
  const svgs = charts.map(([, chart]) => svgString(chart));
  charts.forEach(([name], i) => (files[`${name}.svg`] = svgs[i]));
  if (png) pngBuffers(svgs).forEach((buffer, i) => (files[`${charts[i][0]}.png`] = buffer));
  const figures = [
    throughputFigure(summary, {maxRows}),
    executionVsSamplesFigure(summary, {maxRows}),
    cpuTimeFigure(summary, {maxRows}),
    distributionFigure(runs, {maxRows}),
    scalingFigure(runs),
  ];
  files["charts.html"] = chartsPage(figures, {title: "Benchmark results"});
  return files;
}

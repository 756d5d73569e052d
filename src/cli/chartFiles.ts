import type {Analysis} from "../analyse";
import {
  chartDocument,
  chartsPage,
  cpuTimeChart,
  cpuTimeFigure,
  cpuTimeRows,
  distributionChart,
  distributionFigure,
  distributionRows,
  executionVsSamplesChart,
  executionVsSamplesFigure,
  executionVsSamplesRows,
  pngBuffers,
  scalingChart,
  scalingFigure,
  scalingRows,
  svgString,
  throughputChart,
  throughputFigure,
  throughputRows,
} from "../charts";

/**
 * Every chart as `name.svg` and `name.png` (300 dpi), the seed's three under the seed's names, and charts.html with the
 * interactive views; charts of one row or label per experiment draw at most maxRows of them (60 by default). Each
 * chart's rows are computed once, and both renderers draw them.
 */
export function chartFiles({summary, runs}: Analysis, {png = true, maxRows}: {png?: boolean; maxRows?: number} = {}): Record<string, string | Uint8Array> {
  const document = chartDocument();
  const throughput = throughputRows(summary, {maxRows});
  const scatter = executionVsSamplesRows(summary, {maxRows});
  const cpuTime = cpuTimeRows(summary, {maxRows});
  const distribution = distributionRows(runs, {maxRows});
  const scaling = scalingRows(runs);
  const charts: [string, Element][] = [
    ["avg_throughput_MBps", throughputChart(throughput, {document})],
    ["execution_vs_sample_persec", executionVsSamplesChart(scatter, {document})],
    ["avg_cpu_time", cpuTimeChart(cpuTime, {document})],
    ["cpu_time_distribution", distributionChart(distribution, {document})],
    ["partition_scaling", scalingChart(scaling, {document})],
  ];
  const files: Record<string, string | Uint8Array> = {};
  const svgs = charts.map(([, chart]) => svgString(chart));
  charts.forEach(([name], i) => (files[`${name}.svg`] = svgs[i]));
  if (png) pngBuffers(svgs).forEach((buffer, i) => (files[`${charts[i][0]}.png`] = buffer));
  const figures = [throughputFigure(throughput), executionVsSamplesFigure(scatter), cpuTimeFigure(cpuTime), distributionFigure(distribution), scalingFigure(scaling)];
  files["charts.html"] = chartsPage(figures, {title: "Benchmark results"});
  return files;
}

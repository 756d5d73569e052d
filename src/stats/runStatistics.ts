import pl, {type DataType} from "nodejs-polars";
import {describeSample} from "./describeSample";
import {groupSamples} from "./groupSamples";
import {METRICS} from "./metrics";

/**
 * Per group (experiment by default) and metric: n, runs without a value, mean, median, standard deviation,
 * coefficient of variation, 95% intervals of mean and median, runs beyond Tukey's fences, and a note wherever a
 * number cannot be given (fewer than 2 runs, no spread, values left out). Groups in natural order, then metrics.
 */
export function runStatistics(
  runs: pl.DataFrame,
  {
    by = "experiment",
    metrics = METRICS.map((m) => m.column),
    groups = [],
    confidence = 0.95,
    median = true,
  }: {by?: string; metrics?: readonly string[]; groups?: readonly string[]; confidence?: number; /** false: skip the bootstrap intervals of the median (null), the costliest part. */ median?: boolean} = {},
): pl.DataFrame {
  const rows: Record<string, unknown>[] = [];
  const samples = metrics.map((metric) => groupSamples(runs, {by, metric, groups}));
  const names = samples.length ? [...samples[0].groups.keys()] : [];
  for (const name of names) {
    samples.forEach(({metric, groups: sample}) => rows.push({[by]: name, metric, ...describeSample(sample.get(name)!, confidence, {median})}));
  }
  return pl.DataFrame(
    Object.fromEntries(COLUMNS.map(([column, type]) => [column === "group" ? by : column, pl.Series(column === "group" ? by : column, rows.map((r) => r[column === "group" ? by : column] ?? null), type)])),
  );
}

const COLUMNS: [string, DataType][] = [
  ["group", pl.Utf8],
  ["metric", pl.Utf8],
  ["n", pl.Int64],
  ["missing", pl.Int64],
  ["mean", pl.Float64],
  ["median", pl.Float64],
  ["sd", pl.Float64],
  ["cv", pl.Float64],
  ["mean_ci_low", pl.Float64],
  ["mean_ci_high", pl.Float64],
  ["median_ci_low", pl.Float64],
  ["median_ci_high", pl.Float64],
  ["outliers_low", pl.Int64],
  ["outliers_high", pl.Int64],
  ["note", pl.Utf8],
];

import {meanInterval} from "./meanInterval";
import {medianInterval} from "./medianInterval";
import type {Sample} from "./groupSamples";

/** One group's statistics of one metric; null where the runs cannot give a number, with a note saying why. */
export interface Description {
  n: number;
  missing: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  cv: number | null;
  mean_ci_low: number | null;
  mean_ci_high: number | null;
  median_ci_low: number | null;
  median_ci_high: number | null;
  outliers_low: number;
  outliers_high: number;
  note: string;
}

/** Count, centre, spread, 95% intervals of mean (Student t) and median (exact percentile bootstrap), and the runs beyond Tukey's fences. */
export function describeSample({values, missing}: Sample, confidence = 0.95, {median: withMedian = true}: {median?: boolean} = {}): Description {
  const n = values.length;
  const notes = missing ? [`${missing} ${missing === 1 ? "run" : "runs"} without a value left out`] : [];
  if (n === 0) {
    return {n, missing, mean: null, median: null, sd: null, cv: null, mean_ci_low: null, mean_ci_high: null, median_ci_low: null, median_ci_high: null, outliers_low: 0, outliers_high: 0, note: [...notes, "no runs with a value"].join("; ")};
  }
  const median = withMedian ? medianInterval(values, confidence) : {median: middle(values), low: null, high: null};
  const [low, high] = fences(values);
  let outliersLow = 0;
  let outliersHigh = 0;
  for (let i = 0; i < n; i++) values[i] < low ? outliersLow++ : values[i] > high ? outliersHigh++ : 0;
  const base = {n, missing, median: median.median, outliers_low: outliersLow, outliers_high: outliersHigh};
  if (n === 1) {
    const mean = values[0];
    return {...base, mean, sd: null, cv: null, mean_ci_low: null, mean_ci_high: null, median_ci_low: null, median_ci_high: null, note: [...notes, "1 run: no spread, no interval"].join("; ")};
  }
  const t = meanInterval(values, confidence);
  if (t.sd === 0) notes.push("all values equal: no spread, the intervals are the value itself");
  return {
    ...base,
    mean: t.mean,
    sd: t.sd,
    cv: t.mean === 0 ? null : t.sd / Math.abs(t.mean),
    mean_ci_low: t.sd === 0 ? t.mean : t.low,
    mean_ci_high: t.sd === 0 ? t.mean : t.high,
    median_ci_low: median.low,
    median_ci_high: median.high,
    note: [...notes, ...(t.mean === 0 && t.sd > 0 ? ["mean 0: no coefficient of variation"] : [])].join("; "),
  };
}

function middle(sorted: Float64Array): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** Tukey's fences of the box plot: 1.5 IQR beyond the quartiles, quartiles interpolated linearly as the box chart's. */
function fences(sorted: Float64Array): [number, number] {
  const q = (p: number) => {
    const h = (sorted.length - 1) * p;
    const i = Math.floor(h);
    return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
  };
  const q1 = q(0.25);
  const q3 = q(0.75);
  return [q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)];
}

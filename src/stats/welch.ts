import {studentTQuantile} from "./studentTQuantile";
import {studentTSf} from "./studentTCdf";

/** Welch's t test of the difference of two means, with its confidence interval. */
export interface Welch {
  /** mean(x) − mean(y). */
  difference: number;
  t: number;
  df: number;
  p: number;
  low: number;
  high: number;
}

/** Welch's unequal-variances t test of x against y, two-sided, as SciPy's `ttest_ind(x, y, equal_var=False)`; NaN where undefined (fewer than 2 values, or no variance in either). */
export function welch(x: ArrayLike<number>, y: ArrayLike<number>, confidence = 0.95): Welch {
  const a = moments(x);
  const b = moments(y);
  const va = a.variance / x.length;
  const vb = b.variance / y.length;
  const se = Math.sqrt(va + vb);
  const difference = a.mean - b.mean;
  const df = (va + vb) ** 2 / (va ** 2 / (x.length - 1) + vb ** 2 / (y.length - 1));
  const t = difference / se;
  const p = Math.min(1, 2 * studentTSf(Math.abs(t), df));
  const half = studentTQuantile(0.5 + confidence / 2, df) * se;
  return {difference, t, df, p, low: difference - half, high: difference + half};
}

/** Mean and sample variance (n − 1), two-pass for accuracy. */
export function moments(values: ArrayLike<number>): {mean: number; variance: number} {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  const mean = sum / values.length;
  let squares = 0;
  let correction = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    squares += d * d;
    correction += d;
  }
  return {mean, variance: (squares - (correction * correction) / values.length) / (values.length - 1)};
}

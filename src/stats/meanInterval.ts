import {studentTQuantile} from "./studentTQuantile";
import {moments} from "./welch";

/** The confidence interval of a mean from Student's t, as SciPy's `t.interval(confidence, n − 1, mean, sem)`; NaN below 2 values. */
export function meanInterval(values: ArrayLike<number>, confidence = 0.95): {mean: number; sd: number; low: number; high: number} {
  const {mean, variance} = moments(values);
  const sd = Math.sqrt(variance);
  const half = quantile(0.5 + confidence / 2, values.length - 1) * (sd / Math.sqrt(values.length));
  return {mean, sd, low: mean - half, high: mean + half};
}

// Thousands of experiments share a few run counts: each quantile is computed once.
const known = new Map<string, number>();
function quantile(p: number, df: number): number {
  const key = `${p} ${df}`;
  let q = known.get(key);
  if (q === undefined) {
    if (known.size > 10_000) known.clear();
    known.set(key, (q = studentTQuantile(p, df)));
  }
  return q;
}

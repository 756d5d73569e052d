import {studentTQuantile} from "./studentTQuantile";
import {moments} from "./welch";

/** The confidence interval of a mean from Student's t, as SciPy's `t.interval(confidence, n − 1, mean, sem)`; NaN below 2 values. */
export function meanInterval(values: ArrayLike<number>, confidence = 0.95): {mean: number; sd: number; low: number; high: number} {
  const {mean, variance} = moments(values);
  const sd = Math.sqrt(variance);
  const half = studentTQuantile(0.5 + confidence / 2, values.length - 1) * (sd / Math.sqrt(values.length));
  return {mean, sd, low: mean - half, high: mean + half};
}

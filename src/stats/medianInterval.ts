import {incompleteBeta} from "./incompleteBeta";
import {logGamma} from "./logGamma";
import {smallestReaching} from "./smallestReaching";

/**
 * The percentile-bootstrap confidence interval of the median of an ascending sample, computed exactly: the limit
 * the resampling estimate tends to as resamples grow, so it needs no seed and carries no Monte Carlo error. With
 * N_i ~ Binomial(n, i/n) the count of resampled values among the i smallest, the resampled median (NumPy's: the
 * mean of the middle two for even n) has the distribution `medianBootstrapCdf` gives; the interval runs from its
 * α/2 to its 1 − α/2 quantile.
 */
export function medianInterval(sorted: Float64Array, confidence = 0.95): {median: number; low: number; high: number} {
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const alpha = 1 - confidence;
  const cdf = medianBootstrapCdf(sorted);
  const quantile = (q: number) => smallestReaching((t) => {
    const step = cdf(t);
    return {reached: step.p >= q, below: step.below, above: step.above, progress: step.p};
  }, sorted[0], sorted[n - 1], {target: q, start: 0, end: 1});
  return {median, low: quantile(alpha / 2), high: quantile(1 - alpha / 2)};
}

/**
 * The distribution function of the bootstrap median of an ascending sample: at t, the probability p that a resample's
 * median is ≤ t, and the possible medians nearest t on either side. For odd n, P(median ≤ x_(i)) = P(N_i ≥ (n+1)/2).
 * For even n = 2m, P(X*_(m) = x_(i), X*_(m+1) ≤ x_(J)) = B(i) − B(i−1) − g(i, J) + g(i−1, J), where B(i) = P(N_i ≥ m)
 * and g(i, J) = C(n, m) (i/n)^m ((n−J)/n)^(n−m) is the chance of m draws among the i smallest and the rest above x_(J).
 */
export function medianBootstrapCdf(sorted: Float64Array): (t: number) => {p: number; below: number; above: number} {
  const n = sorted.length;
  const half = Math.floor(n / 2);
  const atLeast = (i: number, m: number) => (i <= 0 ? 0 : i >= n ? 1 : incompleteBeta(i / n, m, n - m + 1, (n - i) / n));
  if (n % 2) {
    return (t) => {
      const i = upperBound(sorted, t);
      return {p: atLeast(i, half + 1), below: i > 0 ? sorted[i - 1] : -Infinity, above: i < n ? sorted[i] : Infinity};
    };
  }
  const choose = logGamma(n + 1) - logGamma(half + 1) - logGamma(n - half + 1);
  const lnI = new Float64Array(n + 1);
  const lnJ = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) (lnI[i] = half * Math.log(i / n)), (lnJ[i] = (n - half) * Math.log((n - i) / n));
  const g = (i: number, j: number) => Math.exp(choose + lnI[i] + lnJ[j]);
  // Rows whose g is below e^-50 for every partner carry no probability a double can hold: a window around the middle.
  let first = 0;
  while (first < n && choose + lnI[first + 1] + lnJ[first + 1] < -50) first++;
  let last = n;
  while (last > first && choose + lnI[last] + lnJ[last] < -50) last--;
  return (t) => {
    const count = upperBound(sorted, t);
    let p = atLeast(count, half);
    let below = count > 0 ? sorted[count - 1] : -Infinity;
    let above = count < n ? sorted[count] : Infinity;
    let j = n - 1;
    // Row i pairs x_(i) with partners x_(j), j ≥ i, while their mean stays ≤ t; the partner bound only moves left.
    for (let i = first; i < Math.min(count, last); i++) {
      while ((sorted[i] + sorted[j]) / 2 > t) j--;
      p -= g(i + 1, j + 1) - g(i, j + 1);
      below = Math.max(below, (sorted[i] + sorted[j]) / 2);
      if (j + 1 < n) above = Math.min(above, (sorted[i] + sorted[j + 1]) / 2);
    }
    return {p, below, above};
  };
}

/** How many values of an ascending array are ≤ t. */
function upperBound(sorted: Float64Array, t: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= t) low = mid + 1;
    else high = mid;
  }
  return low;
}

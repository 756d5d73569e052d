import {smallestReaching} from "./smallestReaching";

/**
 * The k-th smallest (1-based) of the m·n differences x_i − y_j of two ascending samples, found without listing them:
 * O((m + n) log) time and no extra memory, so a Hodges–Lehmann interval costs the same for 10 runs or a million.
 */
export function kthDifference(x: Float64Array, y: Float64Array, k: number): number {
  const m = x.length;
  const n = y.length;
  if (!(k >= 1 && k <= m * n)) throw new RangeError(`no difference of rank ${k} among ${m}×${n}`);
  return smallestReaching((t) => step(x, y, t, k), x[0] - y[n - 1], x[m - 1] - y[0], {target: k - 0.5, start: 0, end: m * n});
}

/** The k-th and (k+1)-th smallest differences, for one search and one more count instead of two searches. */
export function kthDifferences(x: Float64Array, y: Float64Array, k: number): [number, number] {
  const kth = kthDifference(x, y, k);
  if (k === x.length * y.length) return [kth, kth];
  const at = step(x, y, kth, k + 1);
  return [kth, at.reached ? kth : at.above];
}

// For each x_i the differences ≤ t are those with y_j at or after a boundary that only moves right as i grows.
function step(x: Float64Array, y: Float64Array, t: number, k: number) {
  const m = x.length;
  const n = y.length;
  let count = 0;
  let below = -Infinity;
  let above = Infinity;
  let j = 0;
  for (let i = 0; i < m; i++) {
    while (j < n && x[i] - y[j] > t) j++;
    count += n - j;
    if (j < n && x[i] - y[j] > below) below = x[i] - y[j];
    if (j > 0 && x[i] - y[j - 1] < above) above = x[i] - y[j - 1];
  }
  return {reached: count >= k, below, above, progress: count};
}

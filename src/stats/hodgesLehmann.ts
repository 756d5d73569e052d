import {kthDifference, kthDifferences} from "./kthDifference";
import {mannWhitneyExactCdf} from "./mannWhitneyExact";
import {normalQuantile} from "./normalQuantile";

/** The Hodges–Lehmann shift of x against y and its distribution-free confidence interval (null where too few runs give one). */
export interface Shift {
  shift: number;
  low: number | null;
  high: number | null;
}

/**
 * The median of all differences x_i − y_j of two ascending samples, and the interval [D_(k), D_(mn+1−k)] of those
 * differences whose coverage the Mann–Whitney null distribution guarantees (Hollander & Wolfe): k from the exact
 * distribution where the test is exact (either sample ≤ 8 values, no ties), else from the normal approximation with
 * the same tie-corrected deviation `sd` and continuity correction.
 */
export function hodgesLehmann(x: Float64Array, y: Float64Array, {exact, sd, confidence = 0.95}: {exact: boolean; sd: number; confidence?: number}): Shift {
  const mn = x.length * y.length;
  const middle = (mn + 1) / 2;
  const pair = kthDifferences(x, y, Math.floor(middle));
  const shift = Number.isInteger(middle) ? pair[0] : (pair[0] + pair[1]) / 2;
  const alpha = 1 - confidence;
  const k = exact ? exactRank(x.length, y.length, alpha) : Math.floor(mn / 2 + 0.5 - normalQuantile(1 - alpha / 2) * sd);
  if (!(k >= 1) || k > mn + 1 - k) return {shift, low: null, high: null};
  return {shift, low: kthDifference(x, y, k), high: kthDifference(x, y, mn + 1 - k)};
}

// The largest k with P(U ≤ k − 1) ≤ α/2.
function exactRank(m: number, n: number, alpha: number): number {
  let k = 0;
  while (k < m * n && mannWhitneyExactCdf(k, m, n) <= alpha / 2) k++;
  return k;
}

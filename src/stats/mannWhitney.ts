import {mannWhitneyExactCdf} from "./mannWhitneyExact";
import {normalSf} from "./normalCdf";

/** The Mann–Whitney U test of two samples, as SciPy's `mannwhitneyu(x, y, method="auto")` computes it. */
export interface MannWhitney {
  /** U of the first sample: pairs with x > y, ties counting one half. */
  u: number;
  /** Two-sided p-value. */
  p: number;
  method: "exact" | "asymptotic";
  /** The tie-corrected standard deviation of U under the null hypothesis. */
  sd: number;
}

/**
 * Mann–Whitney U of two ascending samples, two-sided: the exact null distribution when either sample has at most
 * 8 values and no value repeats, otherwise the normal approximation with tie correction and continuity correction.
 */
export function mannWhitney(x: Float64Array, y: Float64Array): MannWhitney {
  const m = x.length;
  const n = y.length;
  const {rankSum, ties, tied} = ranks(x, y);
  const u = rankSum - (m * (m + 1)) / 2;
  const big = Math.max(u, m * n - u);
  const size = m + n;
  const sd = Math.sqrt(((m * n) / 12) * (size + 1 - ties / (size * (size - 1))));
  if (Math.min(m, n) <= 8 && !tied) {
    // P(U ≥ big) = P(U ≤ mn − big) by symmetry.
    return {u, p: Math.min(1, 2 * mannWhitneyExactCdf(m * n - big, m, n)), method: "exact", sd};
  }
  const z = (big - (m * n) / 2 - 0.5) / sd;
  return {u, p: Math.min(1, 2 * normalSf(Number.isNaN(z) ? -Infinity : z)), method: "asymptotic", sd};
}

// Merges the two sorted samples, giving each run of equal values its mid-rank; Σ(t³ − t) over runs of t ties.
function ranks(x: Float64Array, y: Float64Array): {rankSum: number; ties: number; tied: boolean} {
  let i = 0;
  let j = 0;
  let rank = 0;
  let rankSum = 0;
  let ties = 0;
  while (i < x.length || j < y.length) {
    const value = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
    let inX = 0;
    let inY = 0;
    while (i < x.length && x[i] === value) i++, inX++;
    while (j < y.length && y[j] === value) j++, inY++;
    const t = inX + inY;
    rankSum += inX * (rank + (t + 1) / 2);
    rank += t;
    ties += t * t * t - t;
  }
  return {rankSum, ties, tied: ties > 0};
}

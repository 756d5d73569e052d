/**
 * P(U ≤ u) under the null hypothesis for samples of m and n distinct values, exactly: the counts of U are the
 * coefficients of the Gaussian binomial [m+n choose m]_q = Π (1 − q^(n+i)) / (1 − q^i), i = 1..m, kept only up to
 * degree u, so the cost is O(min(m, n) · u).
 */
export function mannWhitneyExactCdf(u: number, m: number, n: number): number {
  if (u < 0) return 0;
  if (u >= m * n) return 1;
  if (m > n) [m, n] = [n, m];
  const top = Math.floor(u);
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  let total = 1;
  for (let i = 1; i <= m; i++) {
    for (let k = top; k >= n + i; k--) counts[k] -= counts[k - n - i];
    for (let k = i; k <= top; k++) counts[k] += counts[k - i];
    total = (total * (n + i)) / i;
  }
  let sum = 0;
  for (let k = 0; k <= top; k++) sum += counts[k];
  return sum / total;
}

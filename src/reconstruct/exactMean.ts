/**
 * Integers proportional to the positive weights whose sum is exactly weights.length × mean
 * (largest-remainder apportionment), so the mean of the result is exactly mean.
 */
export function exactMean(weights: readonly number[], mean: number): number[] {
  if (!Number.isSafeInteger(mean) || mean <= 0) throw new Error(`mean must be a positive integer: ${mean}`);
  const bad = weights.find((w) => !(w > 0 && Number.isFinite(w)));
  if (bad !== undefined) throw new Error(`weight must be positive: ${bad}`);
  const n = weights.length;
  const total = n * mean;
  if (!Number.isSafeInteger(total)) throw new Error(`total is not a safe integer: ${total}`);
  const sum = weights.reduce((a, w) => a + w, 0);
  const shares = weights.map((w) => (w / sum) * total);
  const values = shares.map(Math.floor);
  const byRemainder = shares.map((s, i) => ({i, r: s - Math.floor(s)})).sort((a, b) => b.r - a.r || a.i - b.i);
  let residual = total - values.reduce((a, v) => a + v, 0);
  // float error in the shares can leave the residual just outside [0, n]; cycling absorbs it
  for (let k = 0; residual !== 0; k++) {
    const step = Math.sign(residual);
    const {i} = byRemainder[step > 0 ? k % n : n - 1 - (k % n)];
    if (values[i] + step > 0) {
      values[i] += step;
      residual -= step;
    }
  }
  return values;
}

/**
 * Rounds as numpy and pandas do (`Series.round`): scale by 10^digits, round half to even, scale
 * back. Math.round would round 0.125 * 100 = 12.5 up, numpy to 12.
 */
export function roundHalfEven(x: number | null, digits = 0): number | null {
  if (x === null || !Number.isFinite(x)) return x;
  const scale = 10 ** digits;
  const y = x * scale;
  let r = Math.round(y);
  if (r - y === 0.5 && r % 2 !== 0) r -= 1;
  return r / scale;
}

/**
 * Rounds up to a whole number of steps: roundUp(1.1, 0.001) is 1.1 s in whole ms, 1100, though 1.1 * 1000 is
 * 1100.0000000000002 in binary; a product within a billionth of a whole number is that number.
 */
export function roundUp(x: number, step: number): number {
  const y = x / step;
  const whole = Math.round(y);
  return Math.abs(y - whole) <= 1e-9 * Math.max(1, Math.abs(y)) ? whole : Math.ceil(y);
}

/** The sum of numbers with Neumaier's compensation: 1,600 runs at $0.16 add up to $256, not 255.99999999999525. */
export function sum(values: readonly number[]): number {
  let total = 0, compensation = 0;
  for (const x of values) {
    const t = total + x;
    compensation += Math.abs(total) >= Math.abs(x) ? total - t + x : x - t + total;
    total = t;
  }
  return total + compensation;
}

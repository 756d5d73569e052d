/** The sum of numbers with Neumaier's compensation: 1,600 runs at $0.16 add up to $256, not 255.99999999999525. */
export function sum(values: Iterable<number>): number {
  const total = new Sum();
  for (const x of values) total.add(x);
  return total.value;
}

/** A running sum with Neumaier's compensation, for adding as one goes. */
export class Sum {
  private total = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.total + x;
    this.compensation += Math.abs(this.total) >= Math.abs(x) ? this.total - t + x : x - t + this.total;
    this.total = t;
  }

  get value(): number {
    return this.total + this.compensation;
  }
}

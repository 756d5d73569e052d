/** What a search step learns at t: whether the target is reached there, and the candidates on either side of t. */
export interface Step {
  reached: boolean;
  /** The largest candidate value ≤ t (−∞ if none). */
  below: number;
  /** The smallest candidate value > t (+∞ if none). */
  above: number;
}

/**
 * The smallest candidate value at which a monotone step function reaches its target, found by bisection on value
 * between the smallest and largest candidates; each step narrows to the candidates that remain, so the result is
 * a candidate itself, exactly, however the candidates are spread.
 */
export function smallestReaching(evaluate: (t: number) => Step, min: number, max: number): number {
  let low = min;
  let high = max;
  if (evaluate(low).reached) return low;
  while (low < high) {
    let t = low / 2 + high / 2;
    if (t >= high) t = low;
    const step = evaluate(t);
    if (step.reached) {
      if (step.below <= low) return step.below;
      high = step.below;
    } else {
      low = step.above;
    }
  }
  return high;
}

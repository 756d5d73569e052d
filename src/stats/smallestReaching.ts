/** What a search step learns at t: whether the target is reached there, and the candidates on either side of t. */
export interface Step {
  reached: boolean;
  /** The largest candidate value ≤ t (−∞ if none). */
  below: number;
  /** The smallest candidate value > t (+∞ if none). */
  above: number;
  /** How far the monotone function is at t (a count, a probability), to aim the next step at `target`. */
  progress?: number;
}

/**
 * The smallest candidate value at which a monotone step function reaches its target, between the smallest and
 * largest candidates. Each step narrows to the candidates that remain, so the result is a candidate itself, exactly,
 * however the candidates are spread. Steps that report progress are aimed by interpolation toward `target`
 * (regula falsi), with a bisection whenever an aimed step fails to halve the range, so the worst case stays bisection's.
 */
export function smallestReaching(evaluate: (t: number) => Step, min: number, max: number, {target, start = -Infinity, end = Infinity}: {target?: number; start?: number; end?: number} = {}): number {
  let low = min;
  let high = max;
  let lowProgress = start;
  let highProgress = end;
  let aimed = false;
  let width = Infinity;
  while (low < high) {
    const halving = !aimed || high - low <= width / 2;
    let t = low / 2 + high / 2;
    if (target !== undefined && halving && Number.isFinite(lowProgress) && Number.isFinite(highProgress) && highProgress > lowProgress) {
      t = low + ((high - low) * (target - lowProgress)) / (highProgress - lowProgress);
      aimed = true;
    } else aimed = false;
    width = high - low;
    if (!(t >= low && t < high)) t = low / 2 + high / 2;
    if (t >= high) t = low;
    const step = evaluate(t);
    if (step.reached) {
      if (step.below <= low) return step.below;
      high = step.below;
      highProgress = step.progress ?? Infinity;
    } else {
      low = step.above;
      lowProgress = step.progress ?? -Infinity;
    }
  }
  return high;
}

import type {Comparison} from "./compareSamples";
import type {Metric} from "./metrics";

/**
 * benchstat's verdict on a comparison: `~` when the corrected p is not below α, otherwise the metric's word for the
 * direction of the Hodges–Lehmann shift (Cliff's delta where the shift is 0); `n/a` when there is nothing to test.
 */
export function verdict(metric: Metric, comparison: Pick<Comparison, "shift" | "cliffs_delta">, pAdjusted: number | null, alpha: number): string {
  if (pAdjusted === null || comparison.shift === null) return "n/a";
  if (!(pAdjusted < alpha)) return "~";
  const up = comparison.shift > 0 || (comparison.shift === 0 && (comparison.cliffs_delta ?? 0) > 0);
  const better = metric.better === "lower" ? !up : up;
  return metric.words[better ? 0 : 1];
}

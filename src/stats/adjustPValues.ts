/** How a family of p-values is corrected for multiplicity. */
export type Correction = "holm" | "bh" | "none";

/**
 * p-values adjusted for the family they belong to: Holm's step-down (controls the family-wise error rate, valid
 * under any dependence) or Benjamini–Hochberg's step-up (controls the false discovery rate). NaN stays NaN and is
 * not counted in the family.
 */
export function adjustPValues(p: readonly number[], correction: Correction = "holm"): number[] {
  if (correction === "none") return [...p];
  const order = p.map((_, i) => i).filter((i) => !Number.isNaN(p[i])).sort((a, b) => p[a] - p[b] || a - b);
  const size = order.length;
  const adjusted = p.map(() => NaN);
  if (correction === "holm") {
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, Math.min(1, (size - rank) * p[index]));
      adjusted[index] = running;
    });
  } else {
    let running = 1;
    for (let rank = size - 1; rank >= 0; rank--) {
      const index = order[rank];
      running = Math.min(running, (size * p[index]) / (rank + 1));
      adjusted[index] = running;
    }
  }
  return adjusted;
}

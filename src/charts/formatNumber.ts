/** A number for a label or tooltip, with fixed decimals; "n/a" where there is none (an experiment without runs). */
export function formatNumber(x: number | null | undefined, digits: number): string {
  return typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "n/a";
}

import {incompleteGammaUpper} from "./incompleteGamma";

/** The standard normal distribution function Φ(z), accurate to the last digits in both tails. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  // Φ(z) = ½ erfc(−z/√2) and erfc(u) = Q(½, u²) for u ≥ 0.
  const tail = 0.5 * incompleteGammaUpper(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}

/** The standard normal survival function 1 − Φ(z), without cancellation for large z. */
export function normalSf(z: number): number {
  return normalCdf(-z);
}

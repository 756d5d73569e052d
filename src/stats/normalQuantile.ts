import {normalCdf} from "./normalCdf";

/** The standard normal quantile Φ⁻¹(p): Newton steps on the exact distribution function from a rough start. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  // Lower half: Acklam's rational approximation (relative error 1.2e-9), then Newton on ln Φ to the last digits.
  let z: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    z = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    z = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  // Stop when a step stops shrinking: the distribution function's own rounding is reached.
  let previous = Infinity;
  for (let i = 0; i < 100; i++) {
    const cdf = normalCdf(z);
    const step = ((Math.log(cdf) - Math.log(p)) * cdf) / density(z);
    if (!Number.isFinite(step) || Math.abs(step) >= previous) break;
    z -= step;
    previous = Math.abs(step);
    if (previous <= 1e-16 * Math.abs(z)) break;
  }
  return z;
}

function density(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

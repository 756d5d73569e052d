import {normalQuantile} from "./normalQuantile";
import {studentTCdf} from "./studentTCdf";

/** The quantile of Student's t with ν degrees of freedom: Newton steps on the distribution function from the normal's. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  if (df === Infinity) return normalQuantile(p);
  // Lower tail. Start from a point certainly below the quantile and walk with Newton on ln F, which is concave there.
  let t = start(p, df);
  // Newton converges quadratically until the distribution function's own rounding: stop when a step stops shrinking.
  let previous = Infinity;
  for (let i = 0; i < 100; i++) {
    const cdf = studentTCdf(t, df);
    const step = ((Math.log(cdf) - Math.log(p)) * cdf) / density(t, df);
    if (!Number.isFinite(step) || Math.abs(step) >= previous) break;
    t -= step;
    previous = Math.abs(step);
    if (previous <= 1e-16 * Math.abs(t)) break;
  }
  return t;
}

function start(p: number, df: number): number {
  const z = normalQuantile(p);
  // Cornish–Fisher expansion; for few degrees of freedom the tail formula t ≈ −(p·ν·B(ν/2,½))^(−1/ν)·√ν.
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const cf = z + g1 / df + g2 / df ** 2;
  if (df >= 4) return cf;
  const tail = -Math.sqrt(df) * Math.pow(p * df * Math.exp(logBetaHalf(df)), -1 / df);
  return Math.min(cf, tail);
}

function density(t: number, df: number): number {
  return Math.exp(-logBetaHalf(df) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

import {logGamma} from "./logGamma";
function logBetaHalf(df: number): number {
  return logGamma(df / 2) + logGamma(0.5) - logGamma((df + 1) / 2);
}

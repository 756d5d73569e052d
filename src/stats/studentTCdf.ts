import {incompleteBeta} from "./incompleteBeta";
import {normalCdf} from "./normalCdf";

/** Student's t distribution function with ν degrees of freedom (ν may be fractional, as Welch's is). */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalCdf(t);
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  // P(T < −|t|) = ½ I_x(ν/2, ½) with x = ν/(ν+t²); 1 − x is passed as t²/(ν+t²) so small t lose nothing.
  const t2 = t * t;
  const tail = 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t < 0 ? tail : 1 - tail;
}

/** P(T > t): the upper tail without cancellation for large t. */
export function studentTSf(t: number, df: number): number {
  return studentTCdf(-t, df);
}

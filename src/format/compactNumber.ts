import {fixed} from "./fixed";

/** A number in benchstat's compact style: four significant digits at most, no exponent for everyday magnitudes. */
export function compactNumber(x: number): string {
  const a = Math.abs(x);
  if (a >= 1000) return fixed(x, 0);
  if (a >= 100) return fixed(x, 1);
  if (a >= 1 || a === 0) return fixed(x, 2);
  if (a >= 0.001) return fixed(x, 2 - Math.floor(Math.log10(a)));
  return x.toPrecision(3);
}

/**
 * Formats a number with a fixed count of decimals as Python's `f"{x:.2f}"` does: correctly rounded
 * from the exact binary value, exact ties to even (toFixed breaks ties away from zero). Null and NaN
 * print as "NaN", as pandas prints them.
 */
export function fixed(x: number | null, digits: number): string {
  if (x === null || Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const text = x.toFixed(digits);
  if (Math.abs(x) >= 1e21) return text;
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf(".");
  if (!/^50*$/.test(exact.slice(point + 1 + digits))) return text;
  const down = exact.slice(0, digits > 0 ? point + 1 + digits : point);
  const even = Number(down[down.length - 1]) % 2 === 0;
  return (x < 0 ? "-" : "") + (even ? down : Math.abs(x).toFixed(digits));
}

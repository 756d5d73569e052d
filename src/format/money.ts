import {fixed} from "./fixed";

/** Dollars as a table shows them: cents from $1 up, four significant digits below ($0.001693), blank for none. */
export function money(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return "";
  if (Math.abs(x) >= 1 || x === 0) return fixed(x, 2);
  return fixed(x, Math.max(2, 3 - Math.floor(Math.log10(Math.abs(x)))));
}

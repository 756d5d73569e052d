import {expect} from "chai";
import {readFileSync} from "node:fs";
import {join} from "node:path";

/** SciPy's answers, written by scripts/stats-fixtures.py (committed, so the tests need no SciPy). */
export const scipy = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "stats-scipy.json"), "utf8"));

/** Asserts a number agrees with SciPy's to a relative tolerance (1e-9 unless told). */
export function expectClose(actual: number, expected: number, what: string, relative = 1e-9): void {
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs SciPy ${expected}`).to.be.at.most(relative);
}

/** An ascending Float64Array of the values. */
export function sorted(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

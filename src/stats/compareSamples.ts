import {hodgesLehmann} from "./hodgesLehmann";
import {mannWhitney} from "./mannWhitney";
import type {Sample} from "./groupSamples";
import {moments, welch} from "./welch";

/** A comparison of a sample with a baseline, before any correction for multiplicity; null where undefined, with a note. */
export interface Comparison {
  n_baseline: number;
  n: number;
  mean_baseline: number | null;
  mean: number | null;
  /** mean − mean of the baseline, absolute and in % of the baseline's mean, with Welch's interval. */
  delta: number | null;
  delta_ci_low: number | null;
  delta_ci_high: number | null;
  delta_pct: number | null;
  delta_pct_ci_low: number | null;
  delta_pct_ci_high: number | null;
  /** Hodges–Lehmann shift (median of the differences run − baseline run) and its interval. */
  shift: number | null;
  shift_ci_low: number | null;
  shift_ci_high: number | null;
  u: number | null;
  p: number | null;
  test: string;
  welch_t: number | null;
  welch_df: number | null;
  p_welch: number | null;
  /** Cliff's delta: P(run > baseline run) − P(run < baseline run), from −1 to 1. */
  cliffs_delta: number | null;
  note: string;
}

/**
 * Compares a sample with a baseline: delta of means (absolute, %, Welch interval), Hodges–Lehmann shift with its
 * interval, Mann–Whitney U (SciPy's method="auto"), Welch's t as a second opinion, and Cliff's delta.
 */
export function compareSamples(sample: Sample, baseline: Sample, confidence = 0.95): Comparison {
  const x = sample.values;
  const y = baseline.values;
  const notes: string[] = [];
  if (baseline.missing) notes.push(`baseline: ${baseline.missing} ${baseline.missing === 1 ? "run" : "runs"} without a value left out`);
  if (sample.missing) notes.push(`${sample.missing} ${sample.missing === 1 ? "run" : "runs"} without a value left out`);
  const empty = {...EMPTY, n_baseline: y.length, n: x.length};
  if (x.length === 0 || y.length === 0) return {...empty, note: [...notes, x.length ? "baseline has no runs with a value: nothing to compare" : "no runs with a value: nothing to compare"].join("; ")};
  const meanX = moments(x).mean;
  const meanY = moments(y).mean;
  const test = mannWhitney(x, y);
  const shift = hodgesLehmann(x, y, {exact: test.method === "exact", sd: test.sd, confidence});
  const w = welch(x, y, confidence);
  const still = w.difference === 0 && Number.isNaN(w.t);
  if (x.length < 2 || y.length < 2) notes.push("fewer than 2 runs on a side: no Welch test, no interval of the delta");
  else if (Number.isNaN(w.t) || !Number.isFinite(w.t)) notes.push(still ? "no spread on either side and equal means: no Welch test" : "no spread on either side: Welch's t is infinite");
  if (shift.low === null) notes.push("too few runs for an interval of the shift");
  const percent = (v: number | null) => (v === null || meanY === 0 ? null : (100 * v) / Math.abs(meanY));
  const ok = (v: number) => (Number.isFinite(v) ? v : null);
  const delta = meanX - meanY;
  return {
    n_baseline: y.length,
    n: x.length,
    mean_baseline: meanY,
    mean: meanX,
    delta,
    delta_ci_low: ok(w.low),
    delta_ci_high: ok(w.high),
    delta_pct: percent(delta),
    delta_pct_ci_low: percent(ok(w.low)),
    delta_pct_ci_high: percent(ok(w.high)),
    shift: shift.shift,
    shift_ci_low: shift.low,
    shift_ci_high: shift.high,
    u: test.u,
    p: test.p,
    test: `Mann–Whitney (${test.method})`,
    welch_t: ok(w.t),
    welch_df: ok(w.df),
    p_welch: still ? 1 : Number.isNaN(w.p) ? null : w.p,
    cliffs_delta: (2 * test.u) / (x.length * y.length) - 1,
    note: [...notes, ...(meanY === 0 ? ["baseline mean 0: no delta %"] : [])].join("; "),
  };
}

const EMPTY: Comparison = {
  n_baseline: 0, n: 0, mean_baseline: null, mean: null, delta: null, delta_ci_low: null, delta_ci_high: null, delta_pct: null,
  delta_pct_ci_low: null, delta_pct_ci_high: null, shift: null, shift_ci_low: null, shift_ci_high: null, u: null, p: null,
  test: "", welch_t: null, welch_df: null, p_welch: null, cliffs_delta: null, note: "",
};

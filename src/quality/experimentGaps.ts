import type pl from "nodejs-polars";
import type {Finding} from "./finding";

/**
 * Numbers missing between the experiments named ExperimentN: "Experiment12–14" when the numbers jump
 * from 11 to 15. Only gaps between the lowest and highest number count; other names are left alone.
 */
export function experimentGaps(summary: pl.DataFrame): Finding[] {
  const numbers = [...new Set(summary.getColumn("experiment").toArray().flatMap((name) => numbered(name as string)))].sort((a, b) => (a < b ? -1 : 1));
  const findings: Finding[] = [];
  for (let i = 1; i < numbers.length; i++) {
    const [before, after] = [numbers[i - 1], numbers[i]];
    if (after - before < 2n) continue;
    const first = before + 1n, last = after - 1n;
    findings.push({
      check: "experiment numbers missing",
      experiment: first === last ? `Experiment${first}` : `Experiment${first}–${last}`,
      runs: 0,
      detail: `absent: numbers jump from ${before} to ${after}`,
    });
  }
  return findings;
}

// BigInt, so that a long number is not rounded into a gap or out of one.
function numbered(name: string): bigint[] {
  const match = /^Experiment(\d+)$/.exec(name);
  return match ? [BigInt(match[1])] : [];
}

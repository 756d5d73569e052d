import pl from "nodejs-polars";

/** One thing a quality check found: which check, where, how many runs, and what exactly. */
export interface Finding {
  check: string;
  experiment: string | null;
  runs: number;
  detail: string;
}

/** Findings as a frame with columns check, experiment, runs, detail. */
export function findingsFrame(findings: Finding[]): pl.DataFrame {
  return pl.DataFrame([
    pl.Series("check", findings.map((f) => f.check), pl.Utf8),
    pl.Series("experiment", findings.map((f) => f.experiment), pl.Utf8),
    pl.Series("runs", findings.map((f) => f.runs), pl.Int64),
    pl.Series("detail", findings.map((f) => f.detail), pl.Utf8),
  ]);
}

/** Values grouped by a key, groups in order of first appearance. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

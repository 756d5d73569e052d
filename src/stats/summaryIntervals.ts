import pl from "nodejs-polars";
import {runStatistics} from "./runStatistics";

/**
 * The experiment summary with the 95% confidence interval (Student t) of each average appended after the seed's
 * columns: `avg_…_ci_low`, `avg_…_ci_high`, throughput in MB/s too. Null where an experiment has fewer than 2 runs
 * with a value; `ci_note` says why, and names runs left out.
 */
export function summaryIntervals(
  summary: pl.DataFrame,
  runs: pl.DataFrame,
  {confidence = 0.95, statistics}: {confidence?: number; /** runStatistics of the five metrics by experiment, if already at hand. */ statistics?: pl.DataFrame} = {},
): pl.DataFrame {
  const experiments = summary.getColumn("experiment").toArray() as string[];
  const stats = statistics ?? runStatistics(runs, {metrics: [...new Set(AVERAGES.map(([column]) => column))], groups: experiments, confidence});
  const found = new Map<string, Record<string, unknown>>();
  for (const r of stats.toRecords() as Record<string, unknown>[]) found.set(`${r.experiment}\u0000${r.metric}`, r);
  const columns: pl.Series[] = [];
  for (const [column, average, scale] of AVERAGES) {
    for (const side of ["low", "high"]) {
      const values = experiments.map((e) => {
        const v = found.get(`${e}\u0000${column}`)?.[`mean_ci_${side}`] as number | null | undefined;
        return v === null || v === undefined ? null : v * scale;
      });
      columns.push(pl.Series(`${average}_ci_${side}`, values, pl.Float64));
    }
  }
  const notes = experiments.map((e) => {
    const parts = AVERAGES.filter(([, average]) => average !== "avg_throughput_MBps").map(([column, average]) => [average, (found.get(`${e}\u0000${column}`)?.note as string) ?? ""]);
    if (parts.every(([, note]) => note === parts[0][1])) return parts[0][1];
    return parts.filter(([, note]) => note).map(([average, note]) => `${average}: ${note}`).join("; ");
  });
  return summary.withColumns(...columns, pl.Series("ci_note", notes, pl.Utf8));
}

const AVERAGES: [column: string, average: string, scale: number][] = [
  ["total_cpu_time", "avg_total_cpu_time_seconds", 1],
  ["total_cpu_memory", "avg_total_cpu_memory_mb", 1],
  ["execution_time", "avg_execution_time_seconds_batch", 1],
  ["throughput_bps", "avg_throughput_bps", 1],
  ["throughput_bps", "avg_throughput_MBps", 1e-6],
  ["sample_persec", "avg_sample_persec", 1],
];

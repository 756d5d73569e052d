/** How a metric reads: its label, unit, display scale, and which way is better (null: neither). */
export interface Metric {
  column: string;
  label: string;
  unit: string;
  /** Multiplies stored values for display: throughput is stored in B/s and shown in MB/s. */
  scale: number;
  better: "lower" | "higher" | null;
  /** The verdict's words for a significant change in the better and the worse direction. */
  words: [better: string, worse: string];
}

/** The five run metrics the seed averages, in the order of its summary table. */
export const METRICS: readonly Metric[] = [
  {column: "total_cpu_time", label: "CPU time", unit: "s", scale: 1, better: "lower", words: ["faster", "slower"]},
  {column: "total_cpu_memory", label: "CPU memory", unit: "MB", scale: 1, better: "lower", words: ["smaller", "larger"]},
  {column: "execution_time", label: "Exec time per batch", unit: "s", scale: 1, better: "lower", words: ["faster", "slower"]},
  {column: "throughput_bps", label: "Throughput", unit: "MB/s", scale: 1e-6, better: "higher", words: ["faster", "slower"]},
  {column: "sample_persec", label: "Sample rate", unit: "samples/s", scale: 1, better: "higher", words: ["faster", "slower"]},
];

/** The metric of a column: one of the five, or any other numeric column read as it is, with no better direction. */
export function metric(column: string): Metric {
  return METRICS.find((m) => m.column === column) ?? {column, label: column, unit: "", scale: 1, better: null, words: ["higher", "lower"]};
}

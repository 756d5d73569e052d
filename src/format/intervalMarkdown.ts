import type pl from "nodejs-polars";
import {fixed} from "./fixed";
import {markdownTable} from "./markdownTable";

/** The 95% confidence intervals of the summary's averages (from summaryIntervals) as a Markdown table, two decimals; a note where there is none. */
export function intervalMarkdown(summary: pl.DataFrame): string {
  const records = summary.toRecords() as Record<string, number | string | null>[];
  const rows = records.map((r) => [String(r.experiment), String(r.n_records), ...AVERAGES.map((a) => range(r[`${a}_ci_low`] as number | null, r[`${a}_ci_high`] as number | null)), String(r.ci_note ?? "")]);
  const noted = rows.some((row) => row[row.length - 1] !== "");
  return markdownTable([...HEADERS, ...(noted ? ["Note"] : [])], noted ? rows : rows.map((row) => row.slice(0, -1)));
}

function range(low: number | null, high: number | null): string {
  return low === null || high === null ? "–" : `${fixed(low, 2)} – ${fixed(high, 2)}`;
}

const HEADERS = ["Experiment", "Runs", "CPU Time (s)", "CPU Memory (MB)", "Exec Time per Batch (s)", "Throughput (MB/s)", "Samples/s"];

const AVERAGES = ["avg_total_cpu_time_seconds", "avg_total_cpu_memory_mb", "avg_execution_time_seconds_batch", "avg_throughput_MBps", "avg_sample_persec"];

import type pl from "nodejs-polars";
import {fixed} from "./fixed";
import {markdownTable} from "./markdownTable";

/** The experiment summary as the seed's Markdown table: its eight columns, two decimals. */
export function summaryMarkdown(summary: pl.DataFrame): string {
  const rows = (summary.toRecords() as Record<string, number | string | null>[]).map((r) => [
    String(r.experiment),
    r.data_prefix === null ? "" : String(r.data_prefix),
    String(r.file_limit),
    ...METRICS.map((name) => fixed(r[name] as number | null, 2)),
  ]);
  return markdownTable(HEADERS, rows);
}

/** The partition cost table as Markdown, rounded as pandas prints it; an unknown cost is left blank. */
export function partitionMarkdown(table: pl.DataFrame): string {
  const rows = (table.toRecords() as Record<string, number | string | null>[]).map((r) => [
    r.partition === null ? "" : String(r.partition),
    String(r.Requests),
    fixed(r.Duration_s as number | null, 2),
    fixed(r.Memory_GB as number | null, 1),
    r["Cost ($)"] === null ? "" : fixed(r["Cost ($)"] as number, 2),
  ]);
  return markdownTable(["partition", "Requests", "Duration_s", "Memory_GB", "Cost ($)"], rows);
}

const HEADERS = [
  "Experiment",
  "Data Prefix",
  "File Limit",
  "Avg CPU Time (s)",
  "Avg CPU Memory (MB)",
  "Avg Exec Time per Batch (s)",
  "Avg Throughput (MB/s)",
  "Avg Samples/s",
];

const METRICS = [
  "avg_total_cpu_time_seconds",
  "avg_total_cpu_memory_mb",
  "avg_execution_time_seconds_batch",
  "avg_throughput_MBps",
  "avg_sample_persec",
];

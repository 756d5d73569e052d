import type pl from "nodejs-polars";
import {fixed} from "./fixed";
import {partitionColumns} from "../schema";
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
  const rows = partitionCells(table).map((row) => [...row.slice(0, -1), row[row.length - 1] === "NaN" ? "" : row[row.length - 1]]);
  return markdownTable([...partitionColumns], rows);
}

/** The partition cost table's cells as pandas prints them: 2 decimals, memory 1, NaN where unknown. */
export function partitionCells(table: pl.DataFrame): string[][] {
  return (table.toRecords() as Record<string, number | string | null>[]).map((r) => [
    r.partition === null ? "NaN" : String(r.partition),
    String(r.Requests),
    fixed(r.Duration_s as number | null, 2),
    fixed(r.Memory_GB as number | null, 1),
    fixed(r["Cost ($)"] as number | null, 2),
  ]);
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

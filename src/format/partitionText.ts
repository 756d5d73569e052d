import type pl from "nodejs-polars";
import {fixed} from "./fixed";

/** The partition cost table as the seed prints it (pandas `to_string(index=False)`): right-aligned columns, NaN for an unknown cost. */
export function partitionText(table: pl.DataFrame): string {
  const rows = (table.toRecords() as Record<string, number | string | null>[]).map((r) => [
    r.partition === null ? "NaN" : String(r.partition),
    String(r.Requests),
    fixed(r.Duration_s as number | null, 2),
    fixed(r.Memory_GB as number | null, 1),
    fixed(r["Cost ($)"] as number | null, 2),
  ]);
  const headers = ["partition", "Requests", "Duration_s", "Memory_GB", "Cost ($)"];
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  return [headers, ...rows].map((cells) => cells.map((cell, j) => cell.padStart(widths[j])).join("  ")).join("\n") + "\n";
}

import type pl from "nodejs-polars";
import {fixed} from "./fixed";
import {markdownTable} from "./markdownTable";
import {money} from "./money";

/** A priced partition table (partitionCostTable with prices) as Markdown: the seed's rounding, dollars to four significant digits. */
export function costMarkdown(table: pl.DataFrame): string {
  const rows = (table.toRecords() as Record<string, number | string | null>[]).map((r) => [
    r.partition === null ? "" : String(r.partition),
    String(r.Requests),
    fixed(r.Duration_s as number | null, 2),
    fixed(r.Memory_GB as number | null, 1),
    ...MONEY.map((name) => money(r[name] as number | null)),
    String(r.Feasible),
  ]);
  return markdownTable(["partition", "Requests", "Duration_s", "Memory_GB", "Cost per run ($)", "per MB ($)", "per 1k samples ($)", "Total ($)", "Feasible"], rows);
}

const MONEY = ["Cost ($)", "Cost per MB ($)", "Cost per 1k samples ($)", "Total ($)"];

import type pl from "nodejs-polars";
import {partitionColumns} from "../schema";
import {partitionCells} from "./summaryMarkdown";

/** The partition cost table as the seed prints it (pandas `to_string(index=False)`): right-aligned columns, NaN for an unknown cost. */
export function partitionText(table: pl.DataFrame): string {
  const rows = [[...partitionColumns], ...partitionCells(table)];
  const widths = partitionColumns.map((_, j) => Math.max(...rows.map((row) => row[j].length)));
  return rows.map((cells) => cells.map((cell, j) => cell.padStart(widths[j])).join("  ")).join("\n") + "\n";
}

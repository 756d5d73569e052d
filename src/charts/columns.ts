import type pl from "nodejs-polars";

/** Throws unless the frame has every named column. */
export function requireColumns(df: pl.DataFrame, columns: readonly string[]): void {
  const missing = columns.filter((column) => !df.columns.includes(column));
  if (missing.length) throw new Error(`missing column: ${missing.join(", ")}`);
}

/** The rows of the named columns, as objects; the one place where a chart leaves its frame. */
export function rowsOf<T>(df: pl.DataFrame, columns: readonly string[]): T[] {
  requireColumns(df, columns);
  return df.select(...columns).toRecords() as T[];
}

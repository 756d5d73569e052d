import pl from "nodejs-polars";

/** Whether the frame has the column with a numeric type (a column of another type never holds a number). */
export function isNumericColumn(df: pl.DataFrame, column: string): boolean {
  return df.columns.includes(column) && df.getColumn(column).isNumeric();
}

/** Whether the frame has the column with a float type. */
export function isFloatColumn(df: pl.DataFrame, column: string): boolean {
  return df.columns.includes(column) && df.getColumn(column).isFloat();
}

/** The rows where any of the conditions holds (a null counts as false), in frame order; no rows without conditions. */
export function rowsWhere(df: pl.DataFrame, conditions: pl.Expr[]): pl.DataFrame {
  if (conditions.length === 0) return df.head(0);
  const any = conditions.map((c) => c.fillNull(false)).reduce((a, b) => a.or(b));
  return df.filter(any);
}

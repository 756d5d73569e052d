import pl from "nodejs-polars";

/**
 * Runs above which checks first narrow them down in polars. Below it every run is checked in
 * JavaScript: nodejs-polars takes over half a millisecond to build each expression, so the filter
 * costs more than it saves (about 100 ms per check on the bundled 3,410 runs).
 */
export const PREFILTER_ABOVE = 20_000;

/** Options of the checks that can narrow runs down in polars first. */
export interface PrefilterOptions {
  /** Runs above which to do so; the findings are the same either way. */
  prefilterAbove?: number;
}

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

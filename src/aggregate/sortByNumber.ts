import pl from "nodejs-polars";

/**
 * Sorts a frame by a numeric key read from a string column: Experiment2 before Experiment10,
 * 25MB before 100MB. Rows whose key is null go last, ties keep their order.
 */
export function sortByNumber(df: pl.DataFrame, column: string, key: (value: string) => number | null): pl.DataFrame {
  const keys = (df.getColumn(column).toArray() as (string | null)[]).map((v) => (v === null ? null : key(v)));
  return df
    .withColumns(pl.Series("__key", keys, pl.Float64), pl.Series("__row", keys.map((_, i) => i), pl.Int64))
    .sort(["__key", "__row"], false, true)
    .drop(["__key", "__row"]);
}

/** The first whole number in a name: 12 for "Experiment12". */
export function experimentNumber(name: string): number | null {
  const match = /\d+/.exec(name);
  return match ? Number(match[0]) : null;
}

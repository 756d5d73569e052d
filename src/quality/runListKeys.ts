import pl from "nodejs-polars";

/**
 * Experiments that may hold the same runs: those that share, with another experiment, their run
 * count and two order-free sums of row hashes. Equal run lists (as identicalRunLists compares them,
 * by their JSON text) always share them, so no group is lost; the caller confirms each exactly.
 */
export function candidateExperiments(runs: pl.DataFrame, measured: string[]): Set<string> {
  const normalised = runs.select(pl.col("experiment").cast(pl.Utf8), ...measured.map((c) => jsonValue(runs, c)));
  const values = normalised.select(...measured);
  const low = (h: string) => pl.col(h).modulo(pl.lit(2 ** 32).cast(pl.UInt64)).cast(pl.Int64);
  const hashed = pl
    .DataFrame([normalised.getColumn("experiment"), values.hashRows(1, 2, 3, 4).alias("h1"), values.hashRows(5, 6, 7, 8).alias("h2")])
    .select("experiment", low("h1"), low("h2"));
  const keys = hashed
    .groupBy("experiment")
    .agg(pl.len().alias("n"), pl.col("h1").sum().alias("s1"), pl.col("h2").sum().alias("s2"))
    .withColumns(pl.concatString([pl.col("n"), pl.col("s1"), pl.col("s2")], "|").alias("key"));
  const shared = keys.filter(pl.col("key").isDuplicated()).getColumn("experiment").toArray() as (string | null)[];
  return new Set(shared.map(String));
}

/** A column as JSON writes it: NaN and the infinities become null and -0 becomes 0, so that equal texts give equal hashes. */
function jsonValue(runs: pl.DataFrame, column: string): pl.Expr {
  const c = pl.col(column);
  if (!runs.getColumn(column).isFloat()) return c;
  return pl.when(c.isNan().or(c.isInfinite())).then(pl.lit(null)).when(c.eq(0)).then(pl.lit(0.0)).otherwise(c).alias(column);
}

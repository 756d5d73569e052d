import pl from "nodejs-polars";
import {requireColumns} from "./columns";

/** One experiment's box as Plot's boxX draws it: quartiles, whisker ends (the extreme values within 1.5 IQR) and run count. */
export interface BoxStats {
  experiment: string;
  n: number;
  q1: number;
  median: number;
  q3: number;
  lo: number;
  hi: number;
}

/** A value outside an experiment's 1.5 IQR fences, drawn as a dot. */
export interface BoxOutlier {
  experiment: string;
  value: number;
}

/** Experiments above this many runs in all are boxed from statistics computed in polars rather than from every run. */
export const MANY_RUNS = 20_000;

/**
 * The box of each experiment's finite values of a column, computed in polars with Plot's rules
 * (linear quantiles; fences at Q1 − 1.5 IQR and Q3 + 1.5 IQR); only the boxes and outliers leave polars.
 */
export function boxStats(runs: pl.DataFrame, column: string): {experiments: string[]; boxes: BoxStats[]; outliers: BoxOutlier[]} {
  requireColumns(runs, ["experiment", column]);
  const all = runs.select(pl.col("experiment").cast(pl.Utf8), pl.col(column).cast(pl.Float64).alias("value"));
  const experiments = all.getColumn("experiment").unique({maintainOrder: true}).toArray() as string[];
  const v = pl.col("value");
  const finite = all.filter(v.isNotNull().and(v.isNan().not()).and(v.isInfinite().not()));
  const quartiles = finite
    .groupBy("experiment")
    .agg(pl.len().alias("n"), v.quantile(0.25, "linear").alias("q1"), v.quantile(0.5, "linear").alias("median"), v.quantile(0.75, "linear").alias("q3"))
    .withColumns(
      pl.col("q1").mul(2.5).sub(pl.col("q3").mul(1.5)).alias("low_fence"),
      pl.col("q3").mul(2.5).sub(pl.col("q1").mul(1.5)).alias("high_fence"),
    );
  const fenced = finite.join(quartiles.select("experiment", "low_fence", "high_fence"), {on: "experiment"});
  const inside = v.gtEq(pl.col("low_fence")).and(v.ltEq(pl.col("high_fence")));
  const whiskers = fenced.filter(inside).groupBy("experiment").agg(v.min().alias("lo"), v.max().alias("hi"));
  const boxes = quartiles.join(whiskers, {on: "experiment", how: "left"}).select("experiment", "n", "q1", "median", "q3", "lo", "hi");
  const outliers = fenced.filter(inside.not()).select("experiment", "value");
  // Polars groups and joins in no fixed order: sorted here, so that the same runs always draw the same bytes.
  const rank = new Map(experiments.map((name, i) => [name, i]));
  return {
    experiments,
    boxes: (boxes.toRecords() as unknown as BoxStats[]).sort((a, b) => rank.get(a.experiment)! - rank.get(b.experiment)!),
    outliers: (outliers.toRecords() as unknown as BoxOutlier[]).sort((a, b) => rank.get(a.experiment)! - rank.get(b.experiment)! || a.value - b.value)
  };
}

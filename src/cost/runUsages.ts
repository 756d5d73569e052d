import pl from "nodejs-polars";
import type {PriceModel} from "./priceModel";

/** What each run used, as typed columns (NaN where not measured), with each run's partition as a code into `partitions`. */
export interface RunUsages {
  /** Partition names by code; code 0 is runs without a partition. */
  partitions: (string | null)[];
  codes: Int32Array;
  memoryMb: Float64Array;
  seconds: Float64Array;
  samples: Float64Array;
  /** The measurement a run without a duration lacks, for the "not priced" note. */
  durationName: string;
}

/**
 * The runs' usage as a price model reads it: duration is total CPU time (the seed's Duration_s), or time per batch ×
 * batches when the model says execution_time; samples are batch size × batches. Read as typed arrays: a million runs
 * are not a million objects.
 */
export function runUsages(runs: pl.DataFrame, prices: PriceModel): RunUsages {
  const perBatch = prices.model !== "seed" && prices.duration === "execution_time";
  const number = (name: string) => pl.col(name).cast(pl.Float64);
  const columns = runs.select(
    pl.col("partition").rank("dense").fillNull(0).cast(pl.Int32).alias("code"),
    number("total_cpu_memory").fillNull(pl.lit(NaN)).alias("memory"),
    (perBatch ? number("execution_time").mul(number("num_batches")) : number("total_cpu_time")).fillNull(pl.lit(NaN)).alias("seconds"),
    number("batch_size").mul(number("num_batches")).fillNull(pl.lit(NaN)).alias("samples"),
  );
  // Dense ranks number the distinct names in sorted order from 1, as the sorted unique names list them.
  const names = runs.select(pl.col("partition").dropNulls().unique().sort()).getColumn("partition").toArray() as string[];
  const typed = (name: string) => columns.getColumn(name).toTypedArray();
  return {
    partitions: [null, ...names],
    codes: typed("code") as Int32Array,
    memoryMb: typed("memory") as Float64Array,
    seconds: typed("seconds") as Float64Array,
    samples: typed("samples") as Float64Array,
    durationName: perBatch ? "execution_time or num_batches" : "total_cpu_time",
  };
}

import type pl from "nodejs-polars";
import type {PriceModel} from "./priceModel";

/** What each run used, as columns: partition, memory (MB), duration (s) as the model bills it, samples. */
export interface RunUsages {
  partition: (string | null)[];
  memoryMb: (number | null)[];
  seconds: (number | null)[];
  samples: (number | null)[];
  /** The measurement a run without a duration lacks, for the "not priced" note. */
  durationName: string;
}

/**
 * The runs' usage as a price model reads it: duration is total CPU time (the seed's Duration_s), or time per batch ×
 * batches when the model says execution_time; samples are batch size × batches.
 */
export function runUsages(runs: pl.DataFrame, prices: PriceModel): RunUsages {
  const perBatch = prices.model !== "seed" && prices.duration === "execution_time";
  const column = (name: string) => runs.getColumn(name).toArray() as (number | null)[];
  const batches = column("num_batches");
  const product = (values: (number | null)[]) => values.map((v, i) => (v === null || batches[i] === null ? null : v * batches[i]!));
  return {
    partition: runs.getColumn("partition").toArray() as (string | null)[],
    memoryMb: column("total_cpu_memory"),
    seconds: perBatch ? product(column("execution_time")) : column("total_cpu_time"),
    samples: product(column("batch_size")),
    durationName: perBatch ? "execution_time or num_batches" : "total_cpu_time",
  };
}

import pl from "nodejs-polars";

const table = `
Experiment1  100MB 2  25.34 14295.35 0.33 5.09  201.66 15
Experiment2  10MB  4  3.56  7151.39  3.57 23.70 144.36 20
Experiment3  10MB  2  3.56  7151.39  3.57 23.70 144.36 20
Experiment4  10MB  4  3.56  7151.39  3.57 23.70 144.36 20
Experiment5  10MB  6  3.56  7151.39  3.57 23.70 144.36 20
Experiment6  10MB  8  3.56  7151.39  3.57 23.70 144.36 20
Experiment7  25MB  10 7.28  17864.66 2.92 31.04 189.07 400
Experiment8  25MB  2  7.28  17864.66 2.92 31.04 189.07 400
Experiment9  25MB  4  7.28  17864.66 2.92 31.04 189.07 400
Experiment10 25MB  6  7.28  17864.66 2.92 31.04 189.07 400
Experiment11 50MB  8  11.89 35579.80 2.40 37.05 225.67 205
Experiment15 50MB  10 11.89 35579.80 2.40 37.05 225.67 205
Experiment16 75MB  2  18.37 53229.60 2.47 37.21 226.64 137
Experiment17 75MB  4  18.37 53229.60 2.47 37.21 226.64 137
Experiment18 75MB  6  18.37 53229.60 2.47 37.21 226.64 137
Experiment19 75MB  8  18.37 53229.60 2.47 37.21 226.64 137
Experiment20 75MB  10 18.37 53229.60 2.47 37.21 226.64 137
Experiment21 100MB 2  22.35 70800.08 2.28 38.96 237.35 120
Experiment22 100MB 4  22.35 70800.08 2.28 38.96 237.35 120
Experiment23 100MB 6  22.35 70800.08 2.28 38.96 237.35 120
Experiment24 100MB 8  22.35 70800.08 2.28 38.96 237.35 120
Experiment25 100MB 10 22.35 70800.08 2.28 38.96 237.35 120
`;

/** The seed's summary table (run counts invented), in the shape of experimentSummary(runs). */
export function seedSummary(): pl.DataFrame {
  const rows = table.trim().split("\n").map((line) => line.trim().split(/\s+/));
  const column = (i: number) => rows.map((row) => +row[i]);
  return pl.DataFrame({
    experiment: rows.map((row) => row[0]),
    data_prefix: rows.map((row) => row[1]),
    file_limit: pl.Series("file_limit", column(2), pl.Int64),
    n_records: pl.Series("n_records", column(8), pl.Int64),
    avg_total_cpu_time_seconds: column(3),
    avg_total_cpu_memory_mb: column(4),
    avg_execution_time_seconds_batch: column(5),
    avg_throughput_bps: column(6).map((mbps) => mbps * 1e6),
    avg_throughput_MBps: column(6),
    avg_sample_persec: column(7)
  });
}

/** A few runs per experiment, spread deterministically around the seed's partition means. */
export function syntheticRuns(): pl.DataFrame {
  const partitions = [
    ["Experiment1", "10MB", 3.56, 7151],
    ["Experiment2", "10MB", 3.56, 7151],
    ["Experiment3", "25MB", 7.28, 17865],
    ["Experiment4", "25MB", 7.28, 17865],
    ["Experiment5", "50MB", 11.89, 35580],
    ["Experiment6", "75MB", 18.37, 53230],
    ["Experiment7", "100MB", 22.84, 61645]
  ] as const;
  const runs = partitions.flatMap(([experiment, partition, time, memory], e) =>
    Array.from({length: 6}, (_, i) => {
      const spread = ((i * 7 + e * 3) % 11) / 10 - 0.5;
      return {experiment, partition, total_cpu_time: time * (1 + spread * 0.4), total_cpu_memory: memory * (1 + spread * 0.1)};
    })
  );
  return pl.DataFrame({
    index: pl.Series("index", runs.map((_, i) => i), pl.Int64),
    experiment: runs.map((d) => d.experiment),
    partition: runs.map((d) => d.partition),
    data_path: runs.map((d) => `${d.partition}/part.parquet`),
    total_cpu_time: runs.map((d) => d.total_cpu_time),
    total_cpu_memory: runs.map((d) => d.total_cpu_memory)
  });
}

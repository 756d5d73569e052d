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

/** A summary of `n` experiments, Experiment1 to Experimentn in a shuffled order, with the seed's averages repeated. */
export function manySummary(n: number): pl.DataFrame {
  const seed = seedSummary();
  const rows = Array.from({length: n}, (_, i) => (i * 7919) % n);
  const pick = <T>(column: string) => {
    const values = seed.getColumn(column).toArray() as T[];
    return rows.map((i) => values[i % values.length]);
  };
  return pl.DataFrame({
    experiment: rows.map((i) => `Experiment${i + 1}`),
    data_prefix: pick<string>("data_prefix"),
    file_limit: pl.Series("file_limit", pick<number>("file_limit"), pl.Int64),
    n_records: pl.Series("n_records", pick<number>("n_records"), pl.Int64),
    avg_total_cpu_time_seconds: pick<number>("avg_total_cpu_time_seconds"),
    avg_total_cpu_memory_mb: pick<number>("avg_total_cpu_memory_mb"),
    avg_execution_time_seconds_batch: rows.map((i) => 0.5 + (i % 13) / 4),
    avg_throughput_bps: pick<number>("avg_throughput_bps"),
    avg_throughput_MBps: rows.map((i) => 10 + ((i * 37) % 101) / 4),
    avg_sample_persec: rows.map((i) => 140 + (i % 17) * 6)
  });
}

/** `perExperiment` runs of each of `n` experiments, Experiment1 to Experimentn, spread deterministically. */
export function manyRuns(n: number, perExperiment: number): pl.DataFrame {
  const experiment = Array.from({length: n * perExperiment}, (_, i) => `Experiment${Math.floor(i / perExperiment) + 1}`);
  const time = experiment.map((_, i) => 3 + (i % perExperiment) / perExperiment + ((i * 13) % 7) / 3);
  return pl.DataFrame({
    index: pl.Series("index", experiment.map((_, i) => i), pl.Int64),
    experiment,
    partition: experiment.map(() => "10MB"),
    total_cpu_time: time,
    total_cpu_memory: time.map((t) => t * 2000)
  });
}

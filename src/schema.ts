/** The run variables the seed lists, as columns of the runs frame, with their types. */
export const runColumns = {
  batch_size: "int",
  data_path: "string",
  device: "string",
  execution_time: "float",
  library_overhead_memory: "float",
  num_batches: "int",
  rank: "int",
  result_path: "string",
  sample_persec: "float",
  throughput_bps: "float",
  total_cpu_memory: "float",
  total_cpu_time: "float",
  total_image_memory: "float",
  total_model_memory: "float",
  total_process_memory: "float",
} as const;

export type RunColumn = keyof typeof runColumns;
export type ColumnKind = (typeof runColumns)[RunColumn];

/** Columns of the experiment summary, in the order of experiment_summary.csv. */
export const summaryColumns = [
  "experiment",
  "data_prefix",
  "file_limit",
  "n_records",
  "avg_total_cpu_time_seconds",
  "avg_total_cpu_memory_mb",
  "avg_execution_time_seconds_batch",
  "avg_throughput_bps",
  "avg_throughput_MBps",
  "avg_sample_persec",
] as const;

/** Columns of the partition cost table, in the order of partition_cost_table.csv. */
export const partitionColumns = ["partition", "Requests", "Duration_s", "Memory_GB", "Cost ($)"] as const;

import {runColumns, type RunColumn} from "../schema";
import {quoted} from "./quoted";

/** How a run key's value reaches its column: multiplied, then divided, to the analysis unit. */
export interface KeyUnit {
  column: RunColumn;
  /** The unit as written in the key's brackets, or "" when the key has none. */
  unit: string;
  multiply: number;
  divide: number;
}

/**
 * The column a run key feeds and how to convert its unit, e.g. `total_cpu_time (ms)` feeds
 * total_cpu_time divided by 1000; undefined for a key of no column; a string saying why for a
 * column key whose unit is not known. Times are read in seconds and memory in MB of 1024 × 1024
 * bytes (see UNITS).
 */
export function keyUnit(key: string): KeyUnit | string | undefined {
  const match = KEY.exec(key);
  const name = (match ? match[1] : key).trim();
  if (!Object.hasOwn(runColumns, name)) return undefined;
  const column = name as RunColumn;
  if (!match) return {column, unit: "", multiply: 1, divide: 1};
  const unit = match[2].trim();
  const scale = Object.hasOwn(UNITS[column], unit) ? UNITS[column][unit] : undefined;
  if (scale === undefined) return `unknown unit: ${quoted(key)} (${HINTS[column] ?? `${column} takes no unit`})`;
  return {column, unit, multiply: scale >= 1 ? scale : 1, divide: scale >= 1 ? 1 : Math.round(1 / scale)};
}

const KEY = /^(.*?)\s*\(([^()]*)\)\s*$/;

// Seconds: decimal multiples, as everywhere.
const TIME: Record<string, number> = {
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  ms: 1e-3, msec: 1e-3, milliseconds: 1e-3,
  us: 1e-6, "µs": 1e-6, "μs": 1e-6, microseconds: 1e-6,
  ns: 1e-9, nanoseconds: 1e-9,
  min: 60, mins: 60, minutes: 60,
  h: 3600, hr: 3600, hours: 3600,
};
// MB of 2^20 bytes, and every prefix binary: benchmark harnesses (psutil, /proc, `free -m`) divide
// by 1024 while writing KB/MB/GB, and the cost table already takes 1 GB = 1024 MB. Reading "MB" as
// 10^6 bytes beside "MiB" as 2^20 would let the same measurement differ by 4.9 % with its spelling.
const MEMORY: Record<string, number> = {
  B: 1 / 2 ** 20, bytes: 1 / 2 ** 20,
  KB: 1 / 1024, kB: 1 / 1024, KiB: 1 / 1024,
  MB: 1, MiB: 1,
  GB: 1024, GiB: 1024,
};
const per = (units: Record<string, number>, suffix: string) => Object.fromEntries(Object.entries(units).map(([u, s]) => [u + suffix, s]));

/** The units each column takes, with the scale to the analysis unit; a column not listed takes none. */
const UNITS: Record<RunColumn, Record<string, number>> = {
  execution_time: {...TIME, ...per(TIME, "/batch")},
  total_cpu_time: TIME,
  library_overhead_memory: MEMORY,
  total_cpu_memory: MEMORY,
  total_image_memory: MEMORY,
  total_model_memory: MEMORY,
  total_process_memory: MEMORY,
  throughput_bps: {"B/s": 1, "bytes/s": 1},
  sample_persec: {"1/s": 1, "samples/s": 1},
  batch_size: {},
  data_path: {},
  device: {},
  num_batches: {},
  rank: {},
  result_path: {},
};

const HINTS: Partial<Record<RunColumn, string>> = {
  execution_time: "times: ns, us, ms, s, min, h",
  total_cpu_time: "times: ns, us, ms, s, min, h",
  library_overhead_memory: "memory: B, KB, MB, GB, KiB, MiB, GiB",
  total_cpu_memory: "memory: B, KB, MB, GB, KiB, MiB, GiB",
  total_image_memory: "memory: B, KB, MB, GB, KiB, MiB, GiB",
  total_model_memory: "memory: B, KB, MB, GB, KiB, MiB, GiB",
  total_process_memory: "memory: B, KB, MB, GB, KiB, MiB, GiB",
  throughput_bps: "B/s",
  sample_persec: "1/s",
};

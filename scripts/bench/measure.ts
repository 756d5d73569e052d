import {spawnSync} from "node:child_process";

/** One timed run of a pipeline in its own process: wall time of the work and the process's peak memory. */
export interface Measurement {
  ms: number;
  maxRss: number;
  runs: number;
  tables?: Tables;
}

export type Tables = {summary: Record<string, unknown>[]; partitions: Record<string, unknown>[]};

/** A way to analyse a file, run as a child process that prints one JSON line (see pipeline.ts). */
export interface Method {
  id: string;
  name: string;
  command: string;
  args: (file: string) => string[];
}

/** Runs the method on the file in a fresh process and reads what it reports. */
export function measure(method: Method, file: string): Measurement {
  const child = spawnSync(method.command, method.args(file), {encoding: "utf8", maxBuffer: 1 << 30});
  const last = child.stdout?.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !last.startsWith("{")) {
    throw new Error(`${method.name} failed on ${file} (exit ${child.status}): ${(child.stderr || child.error?.message || "").trim().split("\n").slice(-3).join(" | ")}`);
  }
  return JSON.parse(last) as Measurement;
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

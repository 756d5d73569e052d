import {runColumns, type RunColumn} from "../schema";

/** The runs-frame column a run key feeds, if any: `total_cpu_time (seconds)` and `total_cpu_time` both feed `total_cpu_time`. */
export function columnName(key: string): RunColumn | undefined {
  const name = key.replace(UNIT, "").trim();
  return Object.hasOwn(runColumns, name) ? (name as RunColumn) : undefined;
}

const UNIT = /\s*\([^()]*\)\s*$/;

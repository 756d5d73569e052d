import {keyUnit} from "../parse";
import type {RunColumn} from "../schema";

/** The runs-frame column a run key feeds, if any: `total_cpu_time (seconds)`, `total_cpu_time (ms)` and `total_cpu_time` all feed `total_cpu_time`. */
export function columnName(key: string): RunColumn | undefined {
  const unit = keyUnit(key);
  return typeof unit === "object" ? unit.column : undefined;
}

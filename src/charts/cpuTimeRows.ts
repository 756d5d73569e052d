import type pl from "nodejs-polars";
import {inExperimentOrder} from "./experiments";
import {maxRows} from "./maxRows";
import {summaryRows, type SummaryRow} from "./rows";
import {thinTicks} from "./thinTicks";

/** What both CPU time renderers draw. */
export interface CpuTimeRows {
  /** Every experiment, in the order of its number. */
  rows: SummaryRow[];
  order: string[];
  /** Above maxRows experiments, the about 20 the axis names; undefined when it names them all. */
  ticks?: string[];
}

/** Each experiment's average total CPU time in experiment order; above maxRows experiments, the few the axis names. */
export function cpuTimeRows(summary: pl.DataFrame, options: {maxRows?: number} = {}): CpuTimeRows {
  const {order, rows} = inExperimentOrder(summaryRows(summary, ["avg_total_cpu_time_seconds"]));
  return {rows, order, ticks: order.length > maxRows(options) ? thinTicks(order) : undefined};
}

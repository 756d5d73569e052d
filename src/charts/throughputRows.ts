import type pl from "nodejs-polars";
import {latestExperiments} from "./latestExperiments";
import {maxRows} from "./maxRows";
import {Plot} from "./plot";
import {summaryRows, type SummaryRow} from "./rows";

/** What both throughput renderers draw. */
export interface ThroughputRows {
  /** The bars, slowest first; ties in experiment order. */
  rows: SummaryRow[];
  /** The value axis from 0 to the tick at or after the longest bar, so that every bar ends at or before a labelled tick. */
  domain: [number, number];
  /** Set when only the latest maxRows experiments are drawn. */
  note?: string;
}

/** Each experiment's average throughput, sorted by value, of the latest maxRows experiments (with a note) when there are more. */
export function throughputRows(summary: pl.DataFrame, options: {maxRows?: number} = {}): ThroughputRows {
  const all = summaryRows(summary, ["avg_throughput_MBps"]);
  const {order, note} = latestExperiments(all.map((d) => d.experiment), maxRows(options));
  const rank = new Map(order.map((name, i) => [name, i]));
  const rows = all
    .filter((d) => rank.has(d.experiment) && Number.isFinite(d.avg_throughput_MBps))
    .sort((a, b) => a.avg_throughput_MBps - b.avg_throughput_MBps || rank.get(a.experiment)! - rank.get(b.experiment)!);
  return {rows, domain: niceDomain(rows.map((d) => d.avg_throughput_MBps)), note};
}

// Plot's own nice rounding (d3's), so the end is one of the ticks the axis labels.
function niceDomain(values: number[]): [number, number] {
  const low = Math.min(0, ...values), high = Math.max(0, ...values);
  if (low === high) return [0, 1];
  const [start, end] = Plot.scale({x: {type: "linear", domain: [low, high], nice: true}}).domain as number[];
  return [start, end];
}

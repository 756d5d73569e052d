import type pl from "nodejs-polars";
import {partitionRows, type PartitionRow} from "./rows";

/** A point of the scaling chart: one measure's mean for one partition, and its ratio to the smallest partition's. */
export interface ScalingPoint {
  measure: "CPU time" | "CPU memory";
  partition: PartitionRow;
  /** The mean per run: seconds of CPU time, or MB of CPU memory. */
  mean: number;
  ratio: number;
}

/** What both scaling renderers draw. */
export interface ScalingRows {
  /** The partitions with a size and both means, smallest first; the first is the base of every ratio. */
  partitions: PartitionRow[];
  points: ScalingPoint[];
  /** The line of proportional growth, from the smallest partition to the largest; empty without partitions. */
  proportional: {x: number; y: number}[];
}

/** Each partition's mean CPU time and memory per run, relative to the smallest partition's, beside proportional growth. */
export function scalingRows(runs: pl.DataFrame): ScalingRows {
  const partitions = partitionRows(runs);
  const base = partitions[0];
  const points = partitions.flatMap((d): ScalingPoint[] => [
    {measure: "CPU time", partition: d, mean: d.mean_total_cpu_time, ratio: d.mean_total_cpu_time / base.mean_total_cpu_time},
    {measure: "CPU memory", partition: d, mean: d.mean_total_cpu_memory, ratio: d.mean_total_cpu_memory / base.mean_total_cpu_memory}
  ]);
  const sizes = partitions.map((d) => d.partition_mb);
  const proportional = base ? [{x: sizes[0], y: 1}, {x: sizes[sizes.length - 1], y: sizes[sizes.length - 1] / sizes[0]}] : [];
  return {partitions, points, proportional};
}

import type pl from "nodejs-polars";
import {rowsOf} from "./columns";

/** A point of the what-if chart: a partition's mean cost per run at one configured memory size, and whether all its runs fit there. */
export interface WhatIfPoint {
  partition: string;
  memory_gb: number;
  cost: number;
  runs: number;
  feasible_runs: number;
  feasible: boolean;
  note: string;
}

/** What both what-if renderers draw: the partitions, in the frame's order, and their points. */
export interface WhatIfPoints {
  partitions: string[];
  points: WhatIfPoint[];
}

/** The what-if frame (costWhatIf) as chart points, partitions in the frame's order (by size); sizes without a cost left out. */
export function whatIfPoints(whatIf: pl.DataFrame): WhatIfPoints {
  const rows = rowsOf<{memory_mb: number; partition: string | null; Requests: number; "Cost ($)": number | null; "Feasible runs": number; Feasible: string}>(whatIf, [
    "memory_mb",
    "partition",
    "Requests",
    "Cost ($)",
    "Feasible runs",
    "Feasible",
  ]);
  const points = rows
    .filter((r) => r["Cost ($)"] !== null && Number.isFinite(r["Cost ($)"]))
    .map((r) => ({
      partition: r.partition ?? "none",
      memory_gb: r.memory_mb / 1024,
      cost: r["Cost ($)"]!,
      runs: r.Requests,
      feasible_runs: r["Feasible runs"],
      feasible: r["Feasible runs"] === r.Requests,
      note: r.Feasible,
    }));
  return {partitions: [...new Set(points.map((d) => d.partition))], points};
}

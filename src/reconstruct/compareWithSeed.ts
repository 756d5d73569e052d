import pl from "nodejs-polars";
import {experimentNumber} from "../aggregate";
import {fixed} from "../format";
import {seedExperiments, type SeedExperiment} from "./seedTable";

/**
 * Every value of the seed's summary table beside ours, both as the table prints them (two decimals),
 * one row per experiment and column: experiment, column, seed, ours, match. Experiments only one
 * side has get null on the other.
 */
export function compareWithSeed(summary: pl.DataFrame): pl.DataFrame {
  const ours = new Map((summary.toRecords() as Record<string, unknown>[]).map((r) => [String(r.experiment), r]));
  const seed = new Map(seedExperiments.map((r) => [r.experiment, r]));
  const names = [...new Set([...seed.keys(), ...ours.keys()])].sort((a, b) => (experimentNumber(a) ?? Infinity) - (experimentNumber(b) ?? Infinity));
  const rows = names.flatMap((experiment) =>
    COLUMNS.map(({header, seed: fromSeed, ours: fromOurs}) => {
      const s = seed.has(experiment) ? fromSeed(seed.get(experiment)!) : null;
      const o = ours.has(experiment) ? fromOurs(ours.get(experiment)!) : null;
      return {experiment, column: header, seed: s, ours: o, match: s !== null && s === o};
    }),
  );
  return pl.DataFrame([
    pl.Series("experiment", rows.map((r) => r.experiment), pl.Utf8),
    pl.Series("column", rows.map((r) => r.column), pl.Utf8),
    pl.Series("seed", rows.map((r) => r.seed), pl.Utf8),
    pl.Series("ours", rows.map((r) => r.ours), pl.Utf8),
    pl.Series("match", rows.map((r) => r.match), pl.Bool),
  ]);
}

/** One sentence on a `compareWithSeed` frame: whether every number of the seed's table matches, else what differs. */
export function seedAgreement(comparison: pl.DataFrame): string {
  const rows = comparison.toRecords() as {experiment: string; column: string; seed: string | null; ours: string | null; match: boolean}[];
  const inSeed = rows.filter((r) => r.seed !== null);
  const numbers = inSeed.filter((r) => METRICS.has(r.column));
  const labels = inSeed.filter((r) => !METRICS.has(r.column));
  const differ = (list: typeof rows) => list.filter((r) => !r.match);
  const parts: string[] = [];
  if (differ(numbers).length === 0) parts.push(`all ${numbers.length} numbers match the seed's table`);
  else parts.push(`${differ(numbers).length} of ${numbers.length} numbers differ from the seed's table (${examples(differ(numbers))})`);
  const counts = Object.entries(LABELS).map(([column, plural]) => `${labels.filter((r) => r.column === column).length} ${plural}`).join(" and ");
  if (differ(labels).length === 0) parts.push(`the ${counts} match`);
  else parts.push(`${differ(labels).length} of the ${counts} differ (${examples(differ(labels))})`);
  // Every experiment has a file limit, so its File Limit row tells which side has the experiment.
  const limits = rows.filter((r) => r.column === "File Limit");
  const missing = limits.filter((r) => r.seed !== null && r.ours === null).map((r) => r.experiment);
  const extra = limits.filter((r) => r.seed === null && r.ours !== null).map((r) => r.experiment);
  if (missing.length > 0) parts.push(`missing from these results: ${missing.join(", ")}`);
  if (extra.length > 0) parts.push(`not in the seed's table: ${extra.join(", ")}`);
  return parts.join("; ");
}

const COLUMNS: {header: string; seed: (r: SeedExperiment) => string; ours: (r: Record<string, unknown>) => string | null}[] = [
  {header: "Data Prefix", seed: (r) => r.dataPrefix, ours: (r) => (r.data_prefix == null ? null : String(r.data_prefix))},
  {header: "File Limit", seed: (r) => String(r.fileLimit), ours: (r) => (r.file_limit == null ? null : String(r.file_limit))},
  {header: "Avg CPU Time (s)", seed: (r) => fixed(r.cpuTime, 2), ours: (r) => printed(r.avg_total_cpu_time_seconds)},
  {header: "Avg CPU Memory (MB)", seed: (r) => fixed(r.cpuMemory, 2), ours: (r) => printed(r.avg_total_cpu_memory_mb)},
  {header: "Avg Exec Time per Batch (s)", seed: (r) => fixed(r.execTime, 2), ours: (r) => printed(r.avg_execution_time_seconds_batch)},
  {header: "Avg Throughput (MB/s)", seed: (r) => fixed(r.throughputMBps, 2), ours: (r) => printed(r.avg_throughput_MBps)},
  {header: "Avg Samples/s", seed: (r) => fixed(r.samplesPerSec, 2), ours: (r) => printed(r.avg_sample_persec)},
];

const LABELS: Record<string, string> = {"Data Prefix": "data prefixes", "File Limit": "file limits"};
const METRICS = new Set(COLUMNS.map((c) => c.header).filter((header) => !Object.hasOwn(LABELS, header)));

function printed(value: unknown): string | null {
  return typeof value === "number" ? fixed(value, 2) : null;
}

function examples(rows: {experiment: string; column: string; seed: string | null; ours: string | null}[]): string {
  const shown = rows.slice(0, 3).map((r) => `${r.experiment} ${r.column}: seed ${r.seed}, ours ${r.ours ?? "none"}`);
  return rows.length > 3 ? `${shown.join("; ")}; …` : shown.join("; ");
}

import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Analysis} from "../analysis";
import {SUMMARY_AVERAGES} from "../aggregate";

/** The file that marks a folder as written by this tool, and records what it was written from. */
export const MANIFEST = "manifest.json";

/** What an output folder was made from: the data, and per experiment its runs, files and averages. */
export interface Manifest {
  data: string;
  runs: number;
  experiments: {name: string; runs: number; files: string[]; averages: (number | null)[]}[];
  files: string[];
}

/** The manifest of an analysis written from `data` into the given files. */
export function manifest(analysis: Analysis, data: string, files: string[]): Manifest {
  const rows = new Map((analysis.summary.toRecords() as Record<string, unknown>[]).map((r) => [r.experiment as string, r]));
  const sources = new Map<string, Set<string>>();
  for (const s of analysis.sources) if (s.file !== undefined) (sources.get(s.experiment) ?? sources.set(s.experiment, new Set()).get(s.experiment)!).add(s.file);
  const experiments = analysis.experiments.map((name) => {
    const row = rows.get(name)!;
    return {name, runs: row.n_records as number, files: [...(sources.get(name) ?? [])], averages: SUMMARY_AVERAGES.map((c) => row[c] as number | null)};
  });
  return {data, runs: analysis.runs.height, experiments, files: [...files, MANIFEST].sort()};
}

/** The manifest of an earlier run in this output folder, if there is a readable one. */
export function readManifest(out: string): Manifest | null {
  const path = join(out, MANIFEST);
  if (!existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, "utf8"));
    return Array.isArray(value?.experiments) ? value : null;
  } catch {
    return null;
  }
}

/** What changed between two runs of the analysis, one line per experiment added, removed or changed. */
export function changes(previous: Manifest | null, current: Manifest): string[] {
  if (previous === null) return ["first run here: no earlier results to compare with"];
  const before = new Map(previous.experiments.map((e) => [e.name, e]));
  const after = new Map(current.experiments.map((e) => [e.name, e]));
  const lines: string[] = [];
  for (const e of current.experiments) {
    const old = before.get(e.name);
    if (!old) lines.push(`added ${e.name} (${runs(e.runs)})`);
    else if (old.runs !== e.runs) lines.push(`changed ${e.name}: ${old.runs} → ${runs(e.runs)}`);
    else if (!sameAverages(old.averages, e.averages)) lines.push(`changed ${e.name}: same ${runs(e.runs)}, other values`);
  }
  for (const e of previous.experiments) if (!after.has(e.name)) lines.push(`removed ${e.name} (${runs(e.runs)})`);
  if (lines.length === 0) return [`no changes since the last run (${current.experiments.length} experiments, ${runs(current.runs)})`];
  return [...lines, `runs: ${previous.runs} → ${current.runs}`];
}

function runs(n: number): string {
  return `${n} ${n === 1 ? "run" : "runs"}`;
}

function sameAverages(a: unknown, b: (number | null)[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i] || (typeof x === "number" && b[i] !== null && x.toPrecision(12) === b[i]!.toPrecision(12)));
}

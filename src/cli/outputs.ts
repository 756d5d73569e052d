import type pl from "nodejs-polars";
import type {Analysis} from "../analyse";
import {csv, markdownTable, partitionMarkdown, summaryMarkdown} from "../format";
import {qualityChecks} from "../quality";
import {coercionLines} from "./report";
import {MANIFEST} from "./writeOutputs";

/** The files the command writes for an analysis, by name. */
export function outputs(analysis: Analysis, data: string): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    "experiment_summary.csv": csv(analysis.summary),
    "partition_cost_table.csv": csv(analysis.partitions),
    "summary.md": summaryDocument(analysis, data),
  };
  const quality = qualityChecks(analysis.runs, analysis.summary);
  files["quality.csv"] = csv(quality);
  files["quality.md"] = qualityDocument(quality, data);
  files[MANIFEST] = JSON.stringify(manifest(analysis, data, Object.keys(files)), null, 2) + "\n";
  return files;
}

function summaryDocument(analysis: Analysis, data: string): string {
  const notes = [...coercionLines(analysis).map((line) => `coerced ${line}`), ...analysis.warnings];
  return [
    `# Benchmark results`,
    ``,
    `From \`${data}\`: ${analysis.experiments.length} experiments, ${analysis.runs.height} runs.`,
    ``,
    `## Summary table`,
    ``,
    summaryMarkdown(analysis.summary),
    `## Partition cost table`,
    ``,
    partitionMarkdown(analysis.partitions),
    `## Notes`,
    ``,
    ...(notes.length ? notes.map((note) => `- ${note}`) : ["- no values coerced, no warnings"]),
    ``,
  ].join("\n");
}

function qualityDocument(quality: pl.DataFrame, data: string): string {
  const rows = (quality.toRecords() as {check: string; experiment: string | null; runs: number; detail: string}[]).map((r) => [r.check, r.experiment ?? "", String(r.runs), r.detail]);
  return [
    `# Data quality`,
    ``,
    `From \`${data}\`: ${rows.length === 0 ? "no findings." : `${rows.length} findings.`}`,
    ``,
    ...(rows.length ? [markdownTable(["Check", "Experiments", "Runs", "Detail"], rows)] : []),
  ].join("\n");
}

function manifest(analysis: Analysis, data: string, files: string[]) {
  const counts = new Map<string, number>();
  for (const name of analysis.runs.getColumn("experiment").toArray() as string[]) counts.set(name, (counts.get(name) ?? 0) + 1);
  return {
    data,
    runs: analysis.runs.height,
    experiments: analysis.experiments.map((name) => ({name, runs: counts.get(name) ?? 0})),
    files: [...files, MANIFEST].sort(),
  };
}

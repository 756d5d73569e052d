import type pl from "nodejs-polars";
import {basename} from "node:path";
import type {Analysis} from "../analyse";
import {escapeMarkdown, intervalMarkdown, markdownTable, summaryMarkdown} from "../format";
import {partitionSection} from "./partitionSection";
import {coercionLines} from "./report";

/** summary.md: both tables in the seed's layout, what changed since the last run, sources and notes. */
export function summaryDocument(analysis: Analysis, data: string, changed: string[], intervals?: pl.DataFrame): string {
  const notes = [...coercionLines(analysis).map((line) => `coerced ${line}`), ...analysis.warnings];
  return [
    `# Benchmark results`,
    ``,
    `From ${escapeMarkdown(data)}: ${analysis.experiments.length} experiments, ${analysis.runs.height} runs.`,
    ``,
    `## Summary table`,
    ``,
    summaryMarkdown(analysis.summary),
    ...(intervals ? [`## Confidence intervals of the averages`, ``, `95% intervals of each experiment's mean (Student t); comparisons in comparison.md.`, ``, intervalMarkdown(intervals)] : []),
    `## Partition cost table`,
    ``,
    ...partitionSection(analysis),
    `## What changed since the last run`,
    ``,
    ...changed.map((line) => `- ${escapeMarkdown(line)}`),
    ``,
    ...sources(analysis),
    `## Notes`,
    ``,
    ...(notes.length ? notes.map((note) => `- ${escapeMarkdown(note)}`) : ["- no values coerced, no warnings"]),
    ``,
  ].join("\n");
}

/** quality.md: every finding of the data-quality checks. */
export function qualityDocument(quality: pl.DataFrame, data: string): string {
  const rows = (quality.toRecords() as {check: string; experiment: string | null; runs: number; detail: string}[]).map((r) => [r.check, r.experiment ?? "", String(r.runs), r.detail]);
  return [
    `# Data quality`,
    ``,
    `From ${escapeMarkdown(data)}: ${rows.length === 0 ? "no findings." : `${rows.length} findings.`}`,
    ``,
    ...(rows.length ? [markdownTable(["Check", "Experiments", "Runs", "Detail"], rows)] : []),
  ].join("\n");
}

/** Which file each experiment came from, when the data was a folder of several. */
function sources(analysis: Analysis): string[] {
  const files = new Set(analysis.sources.map((s) => s.file));
  if (files.size <= 1) return [];
  const rows = analysis.sources.map((s) => [s.experiment, s.file === undefined ? "" : basename(s.file), String(s.line)]);
  return [`## Sources`, ``, markdownTable(["Experiment", "File", "Line"], rows)];
}

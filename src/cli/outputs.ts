import type {Analysis} from "../analyse";
import {csv} from "../format";
import {qualityChecks} from "../quality";
import {chartFiles} from "./chartFiles";
import {qualityDocument, summaryDocument} from "./documents";
import {changes, manifest, MANIFEST, type Manifest} from "../changes";

/** The files the command writes for an analysis, by name, and what changed since the previous manifest. */
export function outputs(analysis: Analysis, data: string, previous: Manifest | null): {files: Record<string, string | Uint8Array>; changed: string[]} {
  const quality = qualityChecks(analysis.runs, analysis.summary);
  const files: Record<string, string | Uint8Array> = {
    "experiment_summary.csv": csv(analysis.summary),
    "partition_cost_table.csv": csv(analysis.partitions),
    "quality.csv": csv(quality),
    "quality.md": qualityDocument(quality, data),
    ...chartFiles(analysis),
  };
  const current = manifest(analysis, data, [...Object.keys(files), "summary.md"]);
  const changed = changes(previous, current);
  files["summary.md"] = summaryDocument(analysis, data, changed);
  files[MANIFEST] = JSON.stringify(current, null, 2) + "\n";
  return {files, changed};
}

import type {Analysis} from "../analyse";
import {csv} from "../format";
import {qualityChecks} from "../quality";
import {chartFiles} from "./chartFiles";
import type {Options} from "./args";
import {comparisonFiles} from "./comparisonFiles";
import {costFiles} from "./costFiles";
import {qualityDocument, summaryDocument} from "./documents";
import {changes, manifest, type Manifest} from "../changes";

/**
 * The files the command writes for an analysis, by name (the manifest is written by writeOutputs
 * from `record`), and what changed since the previous manifest. `rawCsv` leaves cells unguarded.
 */
export function outputs(
  analysis: Analysis,
  data: string,
  previous: Manifest | null,
  {rawCsv = false, ...compare}: {rawCsv?: boolean} & Partial<Pick<Options, "baseline" | "metric" | "alpha">> = {},
): {files: Record<string, string | Uint8Array>; record: Manifest; changed: string[]} {
  const quality = qualityChecks(analysis.runs, analysis.summary);
  const options = {raw: rawCsv};
  const compared = comparisonFiles(analysis, compare, options);
  const files: Record<string, string | Uint8Array> = {
    "experiment_summary.csv": csv(compared.intervals, options),
    "partition_cost_table.csv": csv(analysis.partitions, options),
    "quality.csv": csv(quality, options),
    "quality.md": qualityDocument(quality, data),
    ...chartFiles(analysis),
    ...compared.files,
    ...costFiles(analysis, {csv: options}),
  };
  const record = manifest(analysis, data, [...Object.keys(files), "summary.md"]);
  const changed = changes(previous, record);
  files["summary.md"] = summaryDocument(analysis, data, changed, compared.intervals);
  return {files, record, changed};
}

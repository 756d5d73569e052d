import {parseRunList, repeated, type ParsedResults, type Section} from "../parse";
import {readExperiments, readText} from "./readExperiments";
import {isFolder, resultFiles} from "./resultFiles";

/**
 * Reads a results file, or every results file in a folder: `*.txt` files of ExperimentN sections,
 * and `ExperimentN.json` files holding one experiment's runs as a plain JSON list. Files are read in
 * natural name order (Experiment2 before Experiment10), which fixes the order of first appearance.
 * Hidden files are skipped; other files are skipped with a warning.
 */
export function readResults(path: string): ParsedResults {
  if (!isFolder(path)) return readExperiments(path);
  const sections: Section[] = [], warnings: string[] = [];
  for (const entry of resultFiles(path)) {
    if ("error" in entry) throw entry.error;
    if ("skipped" in entry) warnings.push(entry.skipped);
    else if ("runs" in entry) sections.push(parseRunList(readText(entry.file), entry.runs, {file: entry.file}));
    else sections.push(...readExperiments(entry.file).sections);
  }
  return {sections, warnings: [...warnings, ...repeated(sections)]};
}

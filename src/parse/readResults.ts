import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {ResultsError} from "./error";
import {naturalCompare} from "./naturalCompare";
import {parseExperiments, parseRunList, repeated, type ParsedResults} from "./parseExperiments";
import {readText} from "./readExperiments";

/**
 * Reads a results file, or every results file in a folder: `*.txt` files of ExperimentN sections,
 * and `ExperimentN.json` files holding one experiment's runs as a plain JSON list. Files are read in
 * natural name order (Experiment2 before Experiment10), which fixes the order of first appearance.
 * Hidden files are skipped; other files are skipped with a warning.
 */
export function readResults(path: string): ParsedResults {
  if (!isFolder(path)) return parseExperiments(readText(path), {file: path});
  const sections = [], warnings: string[] = [];
  const names = readdirSync(path).filter((name) => !name.startsWith(".")).sort(naturalCompare);
  for (const name of names) {
    const file = join(path, name);
    const experiment = /^(Experiment\d+)\.json$/i.exec(name)?.[1];
    if (experiment) sections.push(parseRunList(readText(file), experiment.replace(/^experiment/i, "Experiment"), {file}));
    else if (/\.json$/i.test(name)) throw new ResultsError("a JSON results file must be named after its experiment, e.g. Experiment26.json", {file});
    else if (/\.txt$/i.test(name) && !isFolder(file)) sections.push(...parseExperiments(readText(file), {file}).sections);
    else warnings.push(`skipped ${file}: not a results file (*.txt or ExperimentN.json)`);
  }
  return {sections, warnings: [...warnings, ...repeated(sections)]};
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

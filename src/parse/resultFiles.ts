import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {ResultsError} from "./error";
import {naturalCompare} from "./naturalCompare";

/** A file of a results folder and how to read it: `sections` of a *.txt file, or one experiment's `runs` list. */
export type ResultFile = {file: string; sections: true} | {file: string; runs: string} | {file: string; skipped: string} | {file: string; error: ResultsError};

/**
 * The files of a results folder in natural name order (Experiment2 before Experiment10), which
 * fixes the order of first appearance: `*.txt` files of ExperimentN sections and `ExperimentN.json`
 * run lists. Hidden files are left out; other files are skipped with a warning, and a JSON file not
 * named after its experiment is an error, raised by the reader when it gets there.
 */
export function resultFiles(folder: string): ResultFile[] {
  const names = readdirSync(folder).filter((name) => !name.startsWith(".")).sort(naturalCompare);
  return names.map((name): ResultFile => {
    const file = join(folder, name);
    const experiment = /^(Experiment\d+)\.json$/i.exec(name)?.[1];
    if (experiment) return {file, runs: experiment.replace(/^experiment/i, "Experiment")};
    if (/\.json$/i.test(name)) return {file, error: new ResultsError("a JSON results file must be named after its experiment, e.g. Experiment26.json", {file})};
    if (/\.txt$/i.test(name) && !isFolder(file)) return {file, sections: true};
    return {file, skipped: `skipped ${file}: not a results file (*.txt or ExperimentN.json)`};
  });
}

/** Whether a path is a folder (false if it does not exist). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

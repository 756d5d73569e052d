import {statSync, type Stats} from "node:fs";
import {join} from "node:path";
import {ResultsError} from "../parse";
import {cannotRead} from "./cannotRead";
import {folderNames} from "./folderNames";
import {kind} from "./openResults";

/** A file of a results folder and how to read it: `sections` of a *.txt file, or one experiment's `runs` list. */
export type ResultFile = {file: string; sections: true} | {file: string; runs: string} | {file: string; skipped: string} | {file: string; error: ResultsError};

/**
 * The folder walker: the files of a results folder in natural name order (Experiment2 before
 * Experiment10), which fixes the order of first appearance: `*.txt` files of ExperimentN sections
 * and `ExperimentN.json` run lists. Hidden files are left out; other files and folders are skipped
 * with a warning. A JSON file not named after its experiment, and a results name that is not a
 * regular file (a FIFO, a device, a socket), are errors, raised by the reader when it gets there.
 */
export function resultFiles(folder: string): ResultFile[] {
  return folderNames(folder).map((name): ResultFile => {
    const file = join(folder, name);
    const experiment = /^(Experiment\d+)\.json$/i.exec(name)?.[1];
    const results = experiment !== undefined || /\.(txt|json)$/i.test(name);
    const found = statOf(file);
    if (results && found instanceof ResultsError) return {file, error: found};
    const stats = found instanceof ResultsError ? undefined : found;
    if (results && stats && !stats.isFile() && !stats.isDirectory()) return {file, error: new ResultsError(`cannot read: not a regular file (${kind(stats)})`, {file})};
    if (experiment && stats?.isFile()) return {file, runs: experiment.replace(/^experiment/i, "Experiment")};
    if (/\.json$/i.test(name) && stats?.isFile()) return {file, error: new ResultsError("a JSON results file must be named after its experiment, e.g. Experiment26.json", {file})};
    if (/\.txt$/i.test(name) && stats?.isFile()) return {file, sections: true};
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

function statOf(file: string): Stats | ResultsError | undefined {
  try {
    return statSync(file);
  } catch (cause) {
    return cannotRead(file, cause);
  }
}

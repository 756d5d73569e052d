import {existsSync, readFileSync, renameSync, writeFileSync} from "node:fs";
import {isAbsolute, join, relative, sep} from "node:path";
import {changes, type Manifest} from "../changes";

/** The manifest of the data the committed notebooks show, kept beside them by `npm run notebooks`. */
export const DATA_MANIFEST = "data-manifest.json";
/** The manifest it replaced when the data last changed. */
export const PREVIOUS_MANIFEST = "previous-manifest.json";

/**
 * What changed in the data, for a notebook in `dir`: since the previous data when `current` is the
 * data the committed notebooks show, else since that data. So a re-run on the same data says the same.
 */
export function notebookChanges(current: Manifest, dir = "."): string[] {
  const shown = readJson(join(dir, DATA_MANIFEST));
  if (shown !== null && sameData(shown, current)) return changes(readJson(join(dir, PREVIOUS_MANIFEST)), current);
  return changes(shown, current);
}

/**
 * Records `current` as the data the notebooks in `dir` show: when it differs from the recorded one,
 * that one becomes the previous manifest. File paths are written relative to `dir`, so that the record
 * is the same in every clone. Returns what it did.
 */
export function recordNotebookData(current: Manifest, dir: string): "unchanged" | "recorded" | "replaced" {
  const path = join(dir, DATA_MANIFEST);
  const shown = readJson(path);
  if (shown !== null && sameData(shown, current)) return "unchanged";
  if (shown !== null) renameSync(path, join(dir, PREVIOUS_MANIFEST));
  const experiments = current.experiments.map((e) => ({...e, files: e.files.map((file) => (isAbsolute(file) ? relative(dir, file).split(sep).join("/") : file))}));
  writeFileSync(path, JSON.stringify({...current, experiments}, null, 2) + "\n");
  return shown === null ? "recorded" : "replaced";
}

/** Whether two manifests describe the same experiments, runs and averages, wherever the data was read from. */
export function sameData(a: Manifest, b: Manifest): boolean {
  return JSON.stringify(experiments(a)) === JSON.stringify(experiments(b));
}

// Averages to 12 digits, as `changes` compares them: the same runs summed in another order differ in the last bits.
function experiments(m: Manifest) {
  return [m.runs, m.experiments.map((e) => [e.name, e.runs, e.averages.map((x) => (typeof x === "number" ? x.toPrecision(12) : x))])];
}

function readJson(path: string): Manifest | null {
  if (!existsSync(path)) return null;
  const value = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(value?.experiments)) throw new Error(`not a manifest: ${path}`);
  return value;
}

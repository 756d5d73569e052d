import {lstatSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {MANIFEST, type Manifest} from "../changes";

/** The tool named in every manifest it writes: a `manifest.json` without it is someone else's. */
export const GENERATOR = "bench-analysis";
/** The manifest format this version writes and reads; any other is refused, never guessed at. */
export const MANIFEST_FORMAT = 1;

/** What a folder's manifest.json says about who wrote the folder. */
export type ManifestFile =
  | {kind: "none"}
  | {kind: "foreign"; problem: string}
  | {kind: "ours"; files: string[]; partial: boolean; previous: Manifest | null; problem?: string};

/**
 * Reads a folder's manifest strictly: it is ours only if it is a regular JSON file naming this tool
 * and format with a list of the files written (or exactly what this tool wrote before it named itself); a damaged list of experiments leaves it ours but with
 * no previous run to compare with (`problem` says why). Never throws on what the file contains.
 */
export function readManifestFile(folder: string): ManifestFile {
  const path = join(folder, MANIFEST);
  let size: number;
  try {
    const stat = lstatSync(path);
    if (!stat.isFile()) return {kind: "foreign", problem: `${MANIFEST} is not a regular file`};
    size = stat.size;
  } catch {
    return {kind: "none"};
  }
  if (size > 64e6) return {kind: "foreign", problem: `${MANIFEST} is too large to be ours`};
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {kind: "foreign", problem: `${MANIFEST} is not JSON`};
  }
  if (!isObject(value)) return {kind: "foreign", problem: `${MANIFEST} is not a JSON object`};
  if (isEarlierVersion(value)) return {kind: "ours", files: value.files, partial: false, previous: value};
  if (value.generator !== GENERATOR) return {kind: "foreign", problem: `${MANIFEST} was not written by ${GENERATOR} (no "generator": "${GENERATOR}")`};
  if (value.format !== MANIFEST_FORMAT) return {kind: "foreign", problem: `${MANIFEST} has format ${JSON.stringify(value.format)}, this version reads ${MANIFEST_FORMAT}`};
  const files = value.files;
  if (!Array.isArray(files) || !files.every(isOwnPath) || !files.includes(MANIFEST)) return {kind: "foreign", problem: `${MANIFEST} has a damaged list of files`};
  const partial = value.partial === true;
  if (!isManifest(value)) return {kind: "ours", files, partial, previous: null, problem: `${MANIFEST} has a damaged list of experiments: compared with no earlier run`};
  return {kind: "ours", files, partial, previous: value};
}

/** A path the tool may have written inside its folder: relative, no `..`, no empty or hidden parts. */
export function isOwnPath(path: unknown): path is string {
  return typeof path === "string" && path.length > 0 && path.split("/").every((part) => part !== "" && part !== "." && part !== ".." && !part.includes("\\") && !part.includes("\0"));
}

/**
 * A manifest of this tool before it named itself: exactly the keys data, runs, experiments and files,
 * every experiment well formed, and the files it always wrote listed. What it may remove is still only
 * what its list names.
 */
function isEarlierVersion(value: Record<string, unknown>): value is Record<string, unknown> & Manifest {
  const keys = Object.keys(value).sort().join();
  const files = value.files;
  return (
    keys === "data,experiments,files,runs" &&
    isManifest(value) &&
    Array.isArray(files) &&
    files.every(isOwnPath) &&
    ["experiment_summary.csv", MANIFEST, "summary.md"].every((name) => files.includes(name))
  );
}

function isManifest(value: Record<string, unknown>): value is Record<string, unknown> & Manifest {
  return typeof value.data === "string" && Number.isInteger(value.runs) && Array.isArray(value.experiments) && value.experiments.every(isExperiment);
}

function isExperiment(e: unknown): boolean {
  return (
    isObject(e) &&
    typeof e.name === "string" &&
    Number.isInteger(e.runs) &&
    Array.isArray(e.files) &&
    e.files.every((f) => typeof f === "string") &&
    Array.isArray(e.averages) &&
    e.averages.every((a) => a === null || typeof a === "number")
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

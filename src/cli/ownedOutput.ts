import {existsSync} from "node:fs";
import type {Manifest} from "../changes";
import {UsageError} from "./args";
import {foreignEntry} from "./foreignEntry";
import {readManifestFile} from "./manifestFile";

/**
 * What the tool may replace in its output folder `target` (absolute, from outputTarget): the files its
 * manifest lists, and the previous run to compare with. Refuses in one line, naming the file, a folder
 * whose manifest is not provably this tool's or that holds anything the manifest does not list.
 */
export function ownedOutput(target: string, out: string): {files: string[]; previous: Manifest | null; notes: string[]} {
  if (!existsSync(target)) return {files: [], previous: null, notes: []};
  const manifest = readManifestFile(target);
  if (manifest.kind === "foreign") throw new UsageError(`refusing to replace ${out}: ${manifest.problem}`);
  const files = manifest.kind === "ours" ? manifest.files : [];
  const foreign = foreignEntry(target, files);
  if (foreign !== undefined) {
    const why = manifest.kind === "none" ? "there is no manifest.json" : "manifest.json does not list it";
    throw new UsageError(`refusing to replace ${out}: ${foreign} was not written by this tool (${why}); move it or choose another --out`);
  }
  if (manifest.kind === "none") return {files, previous: null, notes: []};
  return {files, previous: manifest.previous, notes: manifest.problem === undefined ? [] : [`warning: ${out}/${manifest.problem}`]};
}

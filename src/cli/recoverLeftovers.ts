import * as nodeFs from "node:fs";
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {MANIFEST} from "../changes";
import {COMPANIONS, foreignEntry} from "./foreignEntry";
import {alive, leftovers, siblings} from "./leftovers";
import {readManifestFile} from "./manifestFile";
import {removeListed, type WriteFs} from "./removeListed";

/**
 * Finishes or undoes what a killed run left beside `target`, by the manifests it left: an old folder
 * moved aside is moved back if the target is missing (the kill came between the two renames), else
 * its companions are carried over and its listed files removed; a temp folder's listed files are
 * removed. What is not provably ours is left alone and said. Returns one line per thing done.
 */
export function recoverLeftovers(target: string, out: string, fs: WriteFs = nodeFs): string[] {
  const lines: string[] = [];
  for (const {path, kind, pid} of leftovers(target)) {
    const name = basename(path);
    const manifest = readManifestFile(path);
    if (manifest.kind === "foreign") {
      lines.push(`left ${name} alone: ${manifest.problem}`);
      continue;
    }
    const files = manifest.kind === "ours" ? manifest.files : [];
    if (kind === "old" && !existsSync(target)) {
      if (foreignEntry(path, files) !== undefined) {
        lines.push(`left ${name} alone: ${foreignEntry(path, files)} was not written by this tool`);
        continue;
      }
      fs.renameSync(path, target);
      lines.push(`restored ${out} from ${name}: the run that was replacing it (pid ${pid}) was interrupted`);
      continue;
    }
    if (kind === "old") for (const companion of COMPANIONS) if (existsSync(join(path, companion)) && !existsSync(join(target, companion))) fs.renameSync(join(path, companion), join(target, companion));
    if (kind === "tmp") ignoreMissing(() => fs.unlinkSync(join(path, `${MANIFEST}.part`)));
    const foreign = foreignEntry(path, files, kind === "old" ? COMPANIONS : []);
    if (foreign !== undefined) {
      lines.push(`left ${name} alone: ${foreign} was not written by this tool`);
      continue;
    }
    const gone = removeListed(path, files, fs);
    lines.push(gone ? `removed ${name}, left by an interrupted run (pid ${pid})` : `kept ${name}: it still holds ${readdirSync(path).join(", ")}`);
  }
  removeStaleLock(siblings(target).lock, fs);
  return lines;
}

/** A lock whose process is gone holds nothing: it goes (and any half-taken one), so that the folder never looks busy forever. */
function removeStaleLock(lock: string, fs: WriteFs): void {
  const half = new RegExp(`^${basename(lock).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(\\d+)$`);
  for (const name of namesIn(dirname(lock))) {
    const pid = Number(half.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) ignoreMissing(() => fs.unlinkSync(join(dirname(lock), name)));
  }
  let pid: number;
  try {
    pid = Number(readFileSync(lock, "utf8").trim());
  } catch {
    return;
  }
  if (pid !== process.pid && !alive(pid)) ignoreMissing(() => fs.unlinkSync(lock));
}

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function ignoreMissing(action: () => void): void {
  try {
    action();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}


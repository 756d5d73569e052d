import * as nodeFs from "node:fs";
import {existsSync} from "node:fs";
import {dirname, join} from "node:path";
import {MANIFEST} from "../changes";
import {COMPANIONS} from "./foreignEntry";
import {siblings} from "./leftovers";
import {GENERATOR, isOwnPath, MANIFEST_FORMAT} from "./manifestFile";
import {OutputError} from "./outputError";
import {withOutputLock} from "./outputLock";
import {outputTarget} from "./outputTarget";
import {ownedOutput} from "./ownedOutput";
import {recoverLeftovers} from "./recoverLeftovers";
import {removeListed, type WriteFs} from "./removeListed";

export interface WriteOptions {
  /** What the manifest records besides the files (the data read, experiments, averages). */
  record?: object;
  /** The file-system calls to make: tests inject faults here. */
  fs?: WriteFs;
  /** Called after each step of the write; tests kill the process here to check what a kill leaves. */
  step?: (step: string) => void;
}

/**
 * Writes `files` and a manifest listing them into a fresh folder beside `out`, then swaps it into
 * place (old folder aside, new one in, companions carried over, old one removed by its manifest).
 * Refuses, in one line naming the file, a folder holding anything the tool did not write; a failure
 * leaves the old folder as it was (OutputError, exit code 3), and a kill leaves the old or the new
 * results, restored or cleaned up by the next run. Returns lines saying what it recovered.
 */
export function writeOutputs(out: string, files: Record<string, string | Uint8Array>, {record = {}, fs = nodeFs, step = () => undefined}: WriteOptions = {}): string[] {
  const names = Object.keys(files).sort();
  const bad = names.find((name) => name === MANIFEST || !isOwnPath(name));
  if (bad !== undefined) throw new TypeError(`not a name writeOutputs may write: ${bad}`);
  const listed = [...names, MANIFEST].sort();
  const manifest = (partial: boolean) => JSON.stringify({generator: GENERATOR, format: MANIFEST_FORMAT, ...(partial ? {partial} : record), files: listed}, null, 2) + "\n";
  const target = outputTarget(out);
  const {temp, old, lock} = siblings(target);
  guarded(out, () => fs.mkdirSync(dirname(target), {recursive: true}));
  return withOutputLock(lock, out, () => {
    const notes = guarded(out, () => recoverLeftovers(target, out, fs));
    const owned = guarded(out, () => ownedOutput(target, out).files);
    let moved = false;
    try {
      fs.mkdirSync(temp);
      step("temp");
      writeManifest(fs, temp, manifest(true));
      step("claimed");
      for (const name of names) {
        if (name.includes("/")) fs.mkdirSync(dirname(join(temp, name)), {recursive: true});
        fs.writeFileSync(join(temp, name), files[name]);
        step(`file ${name}`);
      }
      writeManifest(fs, temp, manifest(false));
      step("written");
      if (existsSync(target)) fs.renameSync(target, old), (moved = true), step("old moved");
      fs.renameSync(temp, target);
      step("new placed");
    } catch (error) {
      const failure = OutputError.from(out, error);
      if (moved && !existsSync(target)) quietly(() => fs.renameSync(old, target));
      quietly(() => fs.unlinkSync(join(temp, `${MANIFEST}.part`)));
      quietly(() => removeListed(temp, listed, fs));
      throw failure;
    }
    if (!moved) return notes;
    // the new results are in place: what is left is tidying, which the next run finishes if this one cannot
    try {
      for (const name of COMPANIONS) if (existsSync(join(old, name)) && !existsSync(join(target, name))) fs.renameSync(join(old, name), join(target, name));
      step("companions moved");
      removeListed(old, owned.length ? owned : [MANIFEST], fs);
      step("done");
    } catch (error) {
      notes.push(`warning: ${OutputError.from(out, error).message}: left ${old} for the next run to remove`);
    }
    return notes;
  });
}

/** The manifest is written whole or not at all: to a side file, then renamed over. */
function writeManifest(fs: WriteFs, folder: string, text: string): void {
  fs.writeFileSync(join(folder, `${MANIFEST}.part`), text);
  fs.renameSync(join(folder, `${MANIFEST}.part`), join(folder, MANIFEST));
}

function guarded<T>(out: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw OutputError.from(out, error);
  }
}

function quietly(action: () => unknown): void {
  try {
    action();
  } catch {
    // the next run's recovery finishes what this cleanup could not
  }
}

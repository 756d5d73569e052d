import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {MANIFEST} from "../changes";
import {UsageError} from "./args";

/** What the project's other commands keep in the same folder (`npm run bench`, `npm run notebooks`): carried over, never deleted. */
const COMPANIONS: readonly string[] = ["bench.md", "notebooks"];

/**
 * Writes files into a fresh folder beside `out`, then swaps it into place: a failed or interrupted
 * run never leaves a half-written output folder, and an existing one is replaced only on success,
 * keeping its companions. Refuses to replace a folder holding anything else that this tool did not
 * write (it has no manifest).
 */
export function writeOutputs(out: string, files: Record<string, string | Uint8Array>): void {
  const present = existsSync(out) ? readdirSync(out) : [];
  if (!present.includes(MANIFEST) && present.some((name) => !COMPANIONS.includes(name))) {
    throw new UsageError(`refusing to replace ${out}: not an output folder of this tool (no ${MANIFEST})`);
  }
  const kept = present.filter((name) => COMPANIONS.includes(name) && !Object.hasOwn(files, name));
  mkdirSync(dirname(out), {recursive: true});
  const temp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  rmSync(temp, {recursive: true, force: true});
  const carried: string[] = [];
  let swapped = false;
  try {
    mkdirSync(temp);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(temp, name)), {recursive: true});
      writeFileSync(join(temp, name), content);
    }
    for (const name of kept) renameSync(join(out, name), join(temp, name)), carried.push(name);
    if (existsSync(out)) renameSync(out, old), (swapped = true);
    renameSync(temp, out);
  } catch (error) {
    if (swapped) renameSync(old, out);
    for (const name of carried) renameSync(join(temp, name), join(out, name));
    throw error;
  } finally {
    rmSync(temp, {recursive: true, force: true});
    rmSync(old, {recursive: true, force: true});
  }
}

import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {UsageError} from "./args";
import {MANIFEST} from "../changes";

/**
 * Writes files into a fresh folder beside `out`, then swaps it into place: a failed or interrupted
 * run never leaves a half-written output folder, and an existing one is replaced only on success.
 * Refuses to replace a non-empty folder this tool did not write.
 */
export function writeOutputs(out: string, files: Record<string, string | Uint8Array>): void {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MANIFEST))) {
    throw new UsageError(`refusing to replace ${out}: not an output folder of this tool (no ${MANIFEST})`);
  }
  mkdirSync(dirname(out), {recursive: true});
  const temp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  rmSync(temp, {recursive: true, force: true});
  let moved = false;
  try {
    mkdirSync(temp);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(temp, name)), {recursive: true});
      writeFileSync(join(temp, name), content);
    }
    if (existsSync(out)) renameSync(out, old), (moved = true);
    renameSync(temp, out);
  } catch (error) {
    if (moved) renameSync(old, out);
    throw error;
  } finally {
    rmSync(temp, {recursive: true, force: true});
    rmSync(old, {recursive: true, force: true});
  }
}

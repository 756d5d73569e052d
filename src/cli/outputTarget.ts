import {lstatSync, readlinkSync, realpathSync, statSync} from "node:fs";
import {dirname, resolve} from "node:path";
import {UsageError} from "./args";
import {OutputError} from "./outputError";

/**
 * The folder that `--out` names, as an absolute path: a symbolic link to a folder is written through
 * (its target is replaced and the link stays); anything that can never be an output folder is refused
 * in one line before any work: an empty path, a root, a file, a dangling link, a path under a file.
 */
export function outputTarget(out: string): string {
  if (out.trim() === "") throw new UsageError(`--out is empty: give the output folder (see --help)`);
  const path = resolve(out);
  if (dirname(path) === path) throw new OutputError(out, "a root folder cannot be replaced");
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return underFolder(out, path), path;
    if (code === "ENOTDIR") throw new OutputError(out, `${fileAbove(path)} is a file, not a folder (ENOTDIR)`);
    throw OutputError.from(out, error);
  }
  if (stat.isSymbolicLink()) {
    let target;
    try {
      target = statSync(path);
    } catch {
      throw new OutputError(out, `a symbolic link to ${readlinkSync(path)}, which does not exist`);
    }
    if (!target.isDirectory()) throw new OutputError(out, `a symbolic link to ${readlinkSync(path)}, which is not a folder`);
    return outputTarget(realpathSync(path));
  }
  if (!stat.isDirectory()) throw new OutputError(out, `a file is in the way, not a folder`);
  return path;
}

/** Fails if the nearest existing folder above a new output folder is a file. */
function underFolder(out: string, path: string): void {
  const file = fileAbove(path);
  if (file !== undefined) throw new OutputError(out, `${file} is a file, not a folder (ENOTDIR)`);
}

function fileAbove(path: string): string | undefined {
  for (let p = dirname(path); dirname(p) !== p; p = dirname(p)) {
    try {
      return statSync(p).isDirectory() ? undefined : p;
    } catch {
      continue;
    }
  }
  return undefined;
}

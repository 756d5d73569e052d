import {lstatSync, statSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {folderNames} from "../read";

/**
 * What a results file or folder looks like on disk without opening anything (so a FIFO cannot
 * block): identity, size and modification time of the file, or of the folder and each visible entry
 * in it. Equal signatures a debounce interval apart mean no one is writing; null if it is missing.
 * `ignore` is a path inside the folder that does not count (the output folder).
 */
export function dataSignature(data: string, ignore?: string): string | null {
  try {
    const stat = statSync(data);
    if (!stat.isDirectory()) return JSON.stringify(mark(stat));
    const skip = ignore !== undefined && dirname(resolve(ignore)) === resolve(data) ? resolve(ignore) : undefined;
    const names = folderNames(data).filter((name) => join(resolve(data), name) !== skip);
    return JSON.stringify([mark(stat), ...names.map((name) => [name, ...mark(lstatSync(join(data, name)))])]);
  } catch {
    return null;
  }
}

function mark(stat: {ino: number; size: number; mtimeMs: number; mode: number}): number[] {
  return [stat.ino, stat.size, stat.mtimeMs, stat.mode];
}

import * as nodeFs from "node:fs";
import {dirname, join} from "node:path";
import {MANIFEST} from "../changes";

/** The file-system calls the writer makes: real ones, or faulty ones injected by tests. */
export type WriteFs = Pick<typeof nodeFs, "mkdirSync" | "writeFileSync" | "renameSync" | "unlinkSync" | "rmdirSync">;

/**
 * Removes the files a manifest lists from `dir`, the manifest last (so an interruption leaves it
 * listing what is still there), then the emptied subfolders and `dir` itself. Anything not listed
 * stays, and so does `dir` if it still holds something: returns whether `dir` is gone.
 */
export function removeListed(dir: string, files: readonly string[], fs: WriteFs = nodeFs): boolean {
  for (const file of [...files.filter((f) => f !== MANIFEST), MANIFEST]) ignoring(["ENOENT"], () => fs.unlinkSync(join(dir, file)));
  const folders = new Set(files.flatMap((f) => ancestors(f)));
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) ignoring(["ENOENT", "ENOTEMPTY", "EEXIST"], () => fs.rmdirSync(join(dir, folder)));
  try {
    fs.rmdirSync(dir);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return true;
    if (code === "ENOTEMPTY" || code === "EEXIST") return false;
    throw error;
  }
}

function ancestors(file: string): string[] {
  const out: string[] = [];
  for (let d = dirname(file); d !== "."; d = dirname(d)) out.push(d);
  return out;
}

function ignoring(codes: string[], action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!codes.includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  }
}

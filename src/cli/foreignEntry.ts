import {lstatSync, readdirSync} from "node:fs";
import {join} from "node:path";

/** What the project's other commands keep in the output folder (`npm run bench`, `npm run notebooks`): carried over, never deleted. */
export const COMPANIONS: readonly string[] = ["bench.md", "notebooks"];

/**
 * The first thing in `folder` that the tool did not write, by relative path, or undefined: anything
 * not listed in `files` (a manifest's list), not a companion, or listed as a file but not a regular
 * file. Folders are looked into, so a user's file under a listed subfolder is found too.
 */
export function foreignEntry(folder: string, files: readonly string[], companions: readonly string[] = COMPANIONS): string | undefined {
  const listed = new Set(files);
  const parents = new Set(files.flatMap((f) => f.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
  const visit = (relative: string): string | undefined => {
    for (const name of readdirSync(join(folder, relative)).sort()) {
      const path = relative === "" ? name : `${relative}/${name}`;
      if (relative === "" && companions.includes(name)) continue;
      const stat = lstatSync(join(folder, path));
      if (listed.has(path) && stat.isFile()) continue;
      if (parents.has(path) && stat.isDirectory()) {
        const inner = visit(path);
        if (inner !== undefined) return inner;
        continue;
      }
      return path;
    }
    return undefined;
  };
  return visit("");
}

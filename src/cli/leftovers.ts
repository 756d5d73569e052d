import {readdirSync} from "node:fs";
import {basename, dirname, join} from "node:path";

/** The sibling folders of one write: the new results being written, and the old ones moved aside. */
export function siblings(target: string, pid = process.pid): {temp: string; old: string; lock: string} {
  const base = `.${basename(target)}`;
  return {temp: join(dirname(target), `${base}.tmp-${pid}`), old: join(dirname(target), `${base}.old-${pid}`), lock: join(dirname(target), `${base}.lock`)};
}

/** The temp and old folders left beside `target` by runs that are no longer alive, oldest kind first. */
export function leftovers(target: string): {path: string; kind: "tmp" | "old"; pid: number}[] {
  const pattern = new RegExp(`^\\.${escape(basename(target))}\\.(tmp|old)-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  return names
    .map((name) => [name, pattern.exec(name)] as const)
    .filter(([, m]) => m !== null && !alive(Number(m[2])))
    .map(([name, m]) => ({path: join(dirname(target), name), kind: m![1] as "tmp" | "old", pid: Number(m![2])}))
    .sort((a, b) => (a.kind === b.kind ? a.path.localeCompare(b.path) : a.kind === "old" ? -1 : 1));
}

/** Whether another process with this id is running (this process's own leftovers are stale by definition). */
export function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

import {readdirSync, readFileSync, readlinkSync} from "node:fs";

/**
 * Whether this process or one of its descendants has `path` open (Linux /proc): how a test knows an
 * analysis is under way. Only their descriptors are read: every process's would cost milliseconds a call.
 */
export function opened(path: string): boolean {
  for (const pid of descendants(process.pid)) {
    for (const fd of list(`/proc/${pid}/fd`)) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === path) return true;
      } catch {
        // the file descriptor or process went away
      }
    }
  }
  return false;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of list("/proc").filter((entry) => /^\d+$/.test(entry))) {
    const parent = parentOf(name);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]) ?? []));
  return found;
}

// The fourth field of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces and parentheses).
function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

import {readdirSync, readlinkSync} from "node:fs";

/** Whether some process on this machine has `path` open (Linux /proc): how a test knows an analysis is under way. */
export function opened(path: string): boolean {
  for (const pid of list("/proc").filter((name) => /^\d+$/.test(name))) {
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

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

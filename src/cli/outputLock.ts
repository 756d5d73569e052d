import {linkSync, readFileSync, unlinkSync, writeFileSync} from "node:fs";
import {alive} from "./leftovers";
import {OutputError} from "./outputError";

/**
 * Takes the lock file beside an output folder for the time of `action`, so two runs never swap the
 * same folder at once: the second is refused in one line. A lock left by a dead process is taken over.
 */
export function withOutputLock<T>(lock: string, out: string, action: () => T): T {
  take(lock, out, true);
  try {
    return action();
  } finally {
    removeQuietly(lock);
  }
}

function take(lock: string, out: string, retry: boolean): void {
  // the lock appears with its owner's pid already in it (a hard link of a finished file), never empty
  const mine = `${lock}-${process.pid}`;
  try {
    writeFileSync(mine, String(process.pid));
    linkSync(mine, lock);
  } catch (error) {
    removeQuietly(mine);
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw OutputError.from(out, error);
    const pid = Number(readOr(lock));
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new OutputError(out, `another run (pid ${pid}) is writing it`);
    if (!retry) throw new OutputError(out, `another run is writing it`);
    try {
      unlinkSync(lock);
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code !== "ENOENT") throw OutputError.from(out, inner);
    }
    return take(lock, out, false);
  }
  removeQuietly(mine);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing to remove
  }
}

function readOr(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

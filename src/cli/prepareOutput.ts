import {realpathSync} from "node:fs";
import {isAbsolute, relative, resolve, sep} from "node:path";
import type {Manifest} from "../changes";
import {UsageError} from "./args";
import {OutputError} from "./outputError";
import {outputTarget} from "./outputTarget";
import {ownedOutput} from "./ownedOutput";
import {recoverLeftovers} from "./recoverLeftovers";

/**
 * Everything about `--out` that can be known before the analysis, checked before it starts: the
 * folder can be an output folder, the data is not inside it, leftovers of killed runs are recovered,
 * and the folder is the tool's to replace. Returns the previous run's manifest and what was recovered.
 */
export function prepareOutput(out: string, data: string): {previous: Manifest | null; notes: string[]} {
  const target = outputTarget(out);
  const inside = within(data, target);
  if (inside) throw new UsageError(`refusing to write ${out}: --data ${data} is inside it, and the output folder is replaced on every run`);
  try {
    const recovered = recoverLeftovers(target, out);
    const {previous, notes} = ownedOutput(target, out);
    return {previous, notes: [...recovered, ...notes]};
  } catch (error) {
    throw OutputError.from(out, error);
  }
}

/** Whether `data` is `folder` or inside it, symbolic links resolved; false if either does not exist. */
function within(data: string, folder: string): boolean {
  try {
    const path = relative(realpathSync(folder), realpathSync(resolve(data)));
    return path === "" || (!path.startsWith(`..${sep}`) && path !== ".." && !isAbsolute(path));
  } catch {
    return false;
  }
}

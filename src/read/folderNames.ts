import {readdirSync} from "node:fs";
import {naturalCompare} from "../parse";
import {cannotRead} from "./cannotRead";

/**
 * The names a results folder is read from, hidden ones left out, in natural name order (Experiment2
 * before Experiment10): the one listing of a folder that reading it and watching it share.
 */
export function folderNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => !name.startsWith(".")).sort(naturalCompare);
  } catch (cause) {
    throw cannotRead(folder, cause);
  }
}

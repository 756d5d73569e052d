import {closeSync, constants, fstatSync, openSync, type Stats} from "node:fs";
import {cannotRead} from "./cannotRead";
import {ResultsError} from "../parse";

/**
 * Opens a results file for reading: only a regular file, so that a FIFO, a device or a socket is
 * refused with one line instead of hanging the command or reading without end. Opens without
 * blocking (a FIFO would wait for a writer), then checks what was opened.
 */
export function openResults(path: string): {fd: number; size: number; modified: number} {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw cannotRead(path, cause);
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw new ResultsError(stats.isDirectory() ? "cannot read: is a folder" : `cannot read: not a regular file (${kind(stats)})`, {file: path});
  }
  return {fd, size: stats.size, modified: stats.mtimeMs};
}

/** What kind of file it is, in words. */
export function kind(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a file";
}

import {ResultsError} from "../parse";

/** The error for a file that cannot be read, with the reason in plain words. */
export function cannotRead(path: string, cause: unknown): ResultsError {
  const reason = REASONS[(cause as NodeJS.ErrnoException).code ?? ""] ?? (cause as Error).message;
  return new ResultsError(`cannot read: ${reason}`, {file: path}, {cause});
}

const REASONS: Record<string, string> = {ENOENT: "no such file", EISDIR: "is a folder", EACCES: "permission denied", ENOTDIR: "no such file (a part of the path is not a folder)", ELOOP: "too many symbolic links"};

/** The output folder cannot be written (full disk, read-only, in the way, another run): exit code 3. */
export class OutputError extends Error {
  constructor(out: string, problem: string, options?: {cause?: unknown}) {
    super(`cannot write ${out}: ${problem}`, options);
    this.name = "OutputError";
  }

  /** An error of the file system while writing `out`, said in one line with its code; any other error as it is. */
  static from(out: string, error: unknown): Error {
    if (error instanceof OutputError) return error;
    const code = (error as NodeJS.ErrnoException)?.code;
    if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return error as Error;
    return new OutputError(out, `${REASONS[code] ?? (error as Error).message.split(",")[0]} (${code})`, {cause: error});
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EBUSY: "the folder is in use or a mount point",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder is where a file must go",
  ENOTEMPTY: "another run replaced it at the same time",
  EEXIST: "another run replaced it at the same time",
  ENOENT: "it disappeared while being replaced (another run?)",
  EMFILE: "too many open files",
  EIO: "input/output error",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many symbolic links",
};

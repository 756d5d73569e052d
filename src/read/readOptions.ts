import type pl from "nodejs-polars";
import type {Source} from "./runSink";

export interface ReadOptions {
  /** Bytes read at a time: 8 MiB with threads, 32 MiB without. A block grows (up to `limit`) only while one run object does not fit. */
  size?: number;
  /** The largest run object, header line or word read, and the most of a broken section handed to the exact parser to name its problem: 64 MiB by default. */
  limit?: number;
  /** Threads scanning chunks besides this one: by default two for files over 64 MiB (if there are two cores), below which they do not pay. */
  threads?: number;
  /** Told how many bytes of the file have been taken, after each block, and `total` of `total` when reading ends, even on an error. */
  progress?: (taken: number, total: number) => void;
  /** Fast-path runs gathered into one frame: 262,144 by default (polars spends about a millisecond a Series, whatever its length). Smaller only to test the boundary. */
  gather?: number;
}

/** What readRunsFile read: frames in file order, where each section came from, how many runs took each path, warnings. */
export interface FileRuns {
  frames: pl.DataFrame[];
  sources: Source[];
  fast: number;
  tolerant: number;
  warnings: string[];
}

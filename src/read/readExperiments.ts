import {closeSync, readSync} from "node:fs";
import {invalidUtf8Line, parseExperiments, ResultsError, type ParsedResults} from "../parse";
import {cannotRead} from "./cannotRead";
import {openResults} from "./openResults";

/** Reads and parses a results file with the exact parser; errors name the file as given. */
export function readExperiments(path: string): ParsedResults {
  return parseExperiments(readText(path), {file: path});
}

/** Reads a regular file as UTF-8 text; errors name the file. */
export function readText(path: string): string {
  const {fd, size} = openResults(path);
  let bytes = Buffer.allocUnsafe(size), length = 0;
  try {
    for (let n; (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) {
      length += n;
      if (length === bytes.length) bytes = Buffer.concat([bytes, Buffer.allocUnsafe(Math.max(1 << 16, bytes.length))]);
    }
  } catch (cause) {
    throw cannotRead(path, cause);
  } finally {
    closeSync(fd);
  }
  return decode(bytes.subarray(0, length), path);
}

/** Decodes UTF-8, refusing invalid bytes rather than replacing them. */
export function decode(bytes: Uint8Array, file?: string): string {
  try {
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch (cause) {
    const line = invalidUtf8Line(bytes);
    // V8 strings hold at most 2^29 - 24 characters: a larger file is valid but cannot be one string.
    if (line === undefined) throw new ResultsError(`too large to read as one text (${bytes.length} bytes): analyseFile and readRuns read it in blocks`, {file}, {cause});
    throw new ResultsError("invalid UTF-8", {file, line}, {cause});
  }
}

import {readFileSync} from "node:fs";
import {ResultsError} from "./error";
import {invalidUtf8Line} from "./invalidUtf8Line";
import {parseExperiments, type ParsedResults} from "./parseExperiments";

/** Reads and parses a results file; errors name the file as given. */
export function readExperiments(path: string): ParsedResults {
  return parseExperiments(readText(path), {file: path});
}

/** Reads a file as UTF-8 text; errors name the file. */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw cannotRead(path, cause);
  }
  return decode(bytes, path);
}

/** The error for a file that cannot be read, with the reason in plain words. */
export function cannotRead(path: string, cause: unknown): ResultsError {
  const reason = REASONS[(cause as NodeJS.ErrnoException).code ?? ""] ?? (cause as Error).message;
  return new ResultsError(`cannot read: ${reason}`, {file: path}, {cause});
}

const REASONS: Record<string, string> = {ENOENT: "no such file", EISDIR: "is a folder", EACCES: "permission denied"};

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

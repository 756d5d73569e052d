import {readFileSync} from "node:fs";
import {ResultsError} from "./error";
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
    const reason = REASONS[(cause as NodeJS.ErrnoException).code ?? ""] ?? (cause as Error).message;
    throw new ResultsError(`cannot read: ${reason}`, {file: path}, {cause});
  }
  return decode(bytes, path);
}

const REASONS: Record<string, string> = {ENOENT: "no such file", EISDIR: "is a folder", EACCES: "permission denied"};

/** Decodes UTF-8, refusing invalid bytes rather than replacing them. */
export function decode(bytes: Uint8Array, file?: string): string {
  try {
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch (cause) {
    const text = new TextDecoder("utf-8", {ignoreBOM: true}).decode(bytes);
    const at = text.indexOf("\ufffd");
    const line = text.slice(0, at).split("\n").length;
    throw new ResultsError("invalid UTF-8", {file, line}, {cause});
  }
}

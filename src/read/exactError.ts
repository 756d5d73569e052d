import {fstatSync} from "node:fs";
import {parseRunList, parseSections, ResultsError, sections} from "../parse";
import {charBoundary} from "./charBoundary";
import {readInto} from "./readInto";
import type {RunSink} from "./runSink";

/**
 * The exact parser's error for the section being read, which the scanner found broken at file
 * offset `at`, on line `line`: the section is read again, up to `limit` bytes, and parsed exactly, so that the
 * message and line are the exact path's. Past the limit, where the exact parser would need more
 * than is read, the scanner names the problem itself; a file that changed since it was opened is said to have.
 */
export function exactError(fd: number, file: string, sink: RunSink, {at, line: atLine, opened}: {at: number; line: number; opened: {size: number; modified: number}}, limit: number, json?: string): ResultsError {
  const {position, line, experiment, problem} = sink.section;
  const total = fstatSync(fd).size;
  const b = Buffer.allocUnsafe(Math.max(0, Math.min(limit, total - position)));
  const read = readInto(fd, b, 0, b.length, position, file);
  const complete = position + read >= total;
  // Cut in a line if need be: the exact parser's problem is then before the cut, or said to be at its end.
  const text = b.toString("utf8", 0, complete ? read : charBoundary(b, 0, read));
  try {
    if (json !== undefined) parseRunList(text, json, {file});
    else parseSections(text, {file, line});
  } catch (error) {
    if (!(error instanceof ResultsError)) throw error;
    if (complete || whole(text) || !AT_END.test(error.problem)) return error;
  }
  if (problem) return new ResultsError(problem.problem, {file, experiment, line: problem.line});
  if (complete || whole(text)) {
    // A writer still at work: the scanner saw one state of the file and the exact parser another.
    const now = fstatSync(fd);
    if (now.size !== opened.size || now.mtimeMs !== opened.modified) return new ResultsError("changed while it was read (read it again once it is written)", {file});
    throw new Error(`the reader and the exact parser disagree on ${file} at byte ${at}`);
  }
  return new ResultsError(`unexpected text at byte ${at}, in a section over ${limit} bytes (the limit for naming the problem exactly)`, {file, experiment: experiment || undefined, line: atLine});
}

// Problems the exact parser finds at the end of what it was given: not to be trusted of a cut section.
const AT_END = /^(unclosed list|unclosed object|unterminated string|expected a value|no list after header|file is empty)$/;

/** Whether the text holds the whole of its first section: another header follows it. */
function whole(text: string): boolean {
  try {
    return sections(text).length > 1;
  } catch {
    return true;
  }
}

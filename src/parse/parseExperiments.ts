import {ResultsError} from "./error";
import {JsonError, parseJson} from "./json";
import {LineCounter} from "./lines";
import {sections} from "./sections";

/** A run as written in the file: one JSON object. */
export type RunRecord = Record<string, unknown>;

/** One `ExperimentN` section of a results file: its runs, in file order. */
export interface Section {
  experiment: string;
  /** Line of the header. */
  line: number;
  runs: RunRecord[];
}

/** What a results file holds: its sections in file order (an experiment may have several), and warnings. */
export interface ParsedResults {
  sections: Section[];
  warnings: string[];
}

/**
 * Parses the text of a results file: `ExperimentN` header lines, each followed by a JSON list of run
 * objects. A repeated experiment is kept as a second section, with a warning: its runs merge with
 * the first in the runs frame. Anything malformed throws a ResultsError naming the experiment and
 * the line.
 */
export function parseExperiments(text: string, {file}: {file?: string} = {}): ParsedResults {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = new LineCounter(text);
  const first = new Map<string, number>();
  const found: Section[] = [];
  const warnings: string[] = [];
  try {
    for (const {experiment, line, start, end} of sections(text, lines)) {
      found.push({experiment, line, runs: parseRuns(text, start, end, lines, experiment)});
      const seen = first.get(experiment);
      if (seen === undefined) first.set(experiment, line);
      else warnings.push(`${experiment} appears again at line ${line} (first at line ${seen}): runs merged`);
    }
  } catch (error) {
    if (error instanceof ResultsError) throw error.at({file});
    throw error;
  }
  return {sections: found, warnings};
}

function parseRuns(text: string, start: number, end: number, lines: LineCounter, experiment: string): RunRecord[] {
  const fail = (problem: string, offset: number) => new ResultsError(problem, {experiment, line: lines.lineAt(offset)});
  const body = text.slice(start, end);
  const open = start + body.search(/\S/);
  if (open < start) throw fail("no list after header", start);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    value = parseTolerant(text, open, end, fail);
  }
  if (!Array.isArray(value)) throw fail(`expected a list of runs, found ${kind(value)}`, open);
  for (let i = 0; i < value.length; i++) {
    const run = value[i];
    if (run === null || typeof run !== "object" || Array.isArray(run)) {
      throw fail(`run ${i + 1} is ${kind(run)}, not an object`, runOffset(text, open, end, i));
    }
  }
  return value as RunRecord[];
}

function parseTolerant(text: string, open: number, end: number, fail: (problem: string, offset: number) => ResultsError): unknown {
  try {
    const {value, end: after} = parseJson(text, open, end);
    const rest = text.slice(after, end).search(/\S/);
    if (rest !== -1) throw new JsonError(`unexpected text after the list`, after + rest);
    return value;
  } catch (error) {
    if (error instanceof JsonError) throw fail(error.problem, error.offset);
    throw error;
  }
}

/** Where the i-th element of a list starts, found again only for an error message. */
function runOffset(text: string, open: number, end: number, index: number): number {
  let i = open + 1;
  for (let k = 0; k < index; k++) i = text.indexOf(",", parseJson(text, i, end).end) + 1;
  return i + text.slice(i, end).search(/\S/);
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return `${typeof value === "number" ? "a number" : "a boolean"} (${String(value)})`;
}

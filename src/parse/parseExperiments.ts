import {ResultsError} from "./error";
import {JsonError, parseJson} from "./json";
import {keyOffset, unitProblem} from "./unitProblem";
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
  /** The file it came from, when known. */
  file?: string;
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
  const found = parseSections(text, {file});
  return {sections: found, warnings: repeated(found)};
}

/**
 * Parses a piece of a results file that starts at a line start: text before its first header must
 * be blank. `line` is the number of its first line in the file; errors and sections carry file lines.
 */
export function parseSections(text: string, {file, line = 1}: {file?: string; line?: number} = {}): Section[] {
  const lines = new LineCounter(text, line);
  const found: Section[] = [];
  try {
    for (const {experiment, line, start, end} of sections(text, lines)) {
      const runs = parseRuns(text, start, end, lines, experiment);
      found.push(file === undefined ? {experiment, line, runs} : {experiment, line, runs, file});
    }
  } catch (error) {
    if (error instanceof ResultsError) throw error.at({file});
    throw error;
  }
  return found;
}

/** Parses a file that holds one experiment's runs as a plain JSON list (`Experiment26.json`). */
export function parseRunList(text: string, experiment: string, {file}: {file?: string} = {}): Section {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    const runs = parseRuns(text, 0, text.length, new LineCounter(text), experiment, "file is empty");
    return file === undefined ? {experiment, line: 1, runs} : {experiment, line: 1, runs, file};
  } catch (error) {
    if (error instanceof ResultsError) throw error.at({file});
    throw error;
  }
}

/** A warning for every experiment that has more than one section: their runs are merged. */
export function repeated(sections: Pick<Section, "experiment" | "line" | "file">[]): string[] {
  const first = new Map<string, Pick<Section, "experiment" | "line" | "file">>();
  const warnings: string[] = [];
  for (const section of sections) {
    const seen = first.get(section.experiment);
    if (!seen) first.set(section.experiment, section);
    else {
      const where = (s: Pick<Section, "line" | "file">) => (s.file !== seen.file || s.file !== section.file ? `${s.file}, line ${s.line}` : `line ${s.line}`);
      warnings.push(`${section.experiment} appears again at ${where(section)} (first at ${where(seen)}): runs merged`);
    }
  }
  return warnings;
}

function parseRuns(text: string, start: number, end: number, lines: LineCounter, experiment: string, empty = "no list after header"): RunRecord[] {
  const fail = (problem: string, offset: number) => new ResultsError(problem, {experiment, line: lines.lineAt(offset)});
  const open = start + text.slice(start, end).search(/\S/);
  if (open < start) throw fail(empty, start);
  // parseJson rather than JSON.parse, which keeps the last of a repeated key without a word.
  const value = parseTolerant(text, open, end, fail);
  if (!Array.isArray(value)) throw fail(`expected a list of runs, found ${kind(value)}`, open);
  for (let i = 0; i < value.length; i++) {
    const run = value[i];
    if (run === null || typeof run !== "object" || Array.isArray(run)) {
      throw fail(`run ${i + 1} is ${kind(run)}, not an object`, runOffset(text, open, end, i));
    }
    const bad = unitProblem(run as RunRecord);
    if (bad) {
      const from = runOffset(text, open, end, i);
      throw fail(bad.problem, keyOffset(text, from, parseJson(text, from, end).end, bad.key));
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

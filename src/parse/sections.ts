import {ResultsError, excerpt} from "./error";
import {LineCounter} from "./lines";

/** One `ExperimentN` header and the text of its body, up to the next header. */
export interface Span {
  experiment: string;
  /** Line of the header, 1-based. */
  line: number;
  /** Offsets of the body in the text. */
  start: number;
  end: number;
}

/**
 * Splits a results file into its sections: a line `ExperimentN` (surrounding spaces allowed) starts
 * one, and its body runs to the next such line. Lines end at \n; JSON strings cannot hold one, so
 * a header line can never be inside a valid list. Text before the first header must be blank.
 */
export function sections(text: string, lines = new LineCounter(text)): Span[] {
  const found: Span[] = [];
  HEADER.lastIndex = 0;
  for (let match; (match = HEADER.exec(text)); ) {
    const start = match.index + match[0].length;
    const previous = found[found.length - 1];
    if (previous) previous.end = match.index;
    else checkBlank(text, 0, match.index, lines);
    found.push({experiment: match[1], line: lines.lineAt(match.index + match[0].indexOf("E")), start, end: text.length});
  }
  if (found.length === 0) checkBlank(text, 0, text.length, lines);
  return found;
}

// Lines end at \n (a \r before it allowed): a lone \r, U+2028 or U+2029 is text, as JSON reads it.
const HEADER = /(?<=^|\n)[ \t]*(Experiment\d+)[ \t]*(?=\r?\n|$)/g;

function checkBlank(text: string, start: number, end: number, lines: LineCounter): void {
  const stray = /\S/.exec(text.slice(start, end));
  if (!stray) return;
  const at = start + stray.index;
  const line = text.slice(at, text.indexOf("\n", at) === -1 ? end : Math.min(end, text.indexOf("\n", at)));
  throw new ResultsError(`expected an ExperimentN header, found ${excerpt(line.trim())}`, {line: lines.lineAt(at)});
}

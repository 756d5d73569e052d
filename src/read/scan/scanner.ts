import {headerAt, MORE as HEADER_MORE} from "./headerAt";
import {jsSpace, MORE as SPACE_MORE} from "./jsSpace";
import {MORE, ODD, runEnd} from "./runEnd";

/** What the scanner finds, in file order; offsets are in the block being scanned. */
export interface ScanSink {
  /** A header line starting at `at`, naming `experiment`. */
  header(experiment: string, at: number): void;
  /** A run object starting at `b[at]`: the offset after it if the fast path took it, else -1. */
  fast(b: Buffer, at: number, end: number): number;
  /** A run object `b[start, end)` the fast path did not take. */
  tolerant(b: Buffer, start: number, end: number): void;
}

/** Thrown where the scanner finds what is not a well-formed section: the exact parser must say what is wrong. */
export class Odd {
  constructor(readonly at: number) {}
}

/**
 * Splits results text into sections and run objects by its bytes, whatever its layout: tracks
 * strings, escapes and depth, takes any white space and line breaks, and hands each run object to
 * the sink. Fed block by block, it keeps its state between blocks and consumes whole items only (a
 * run object, a header line, a character): what it leaves comes again at the start of the next
 * block. With `headers` false it reads one plain JSON list (an ExperimentN.json file).
 */
export class Scanner {
  private state: number;
  private lineStart = true;

  constructor(private readonly sink: ScanSink, private readonly headers = true) {
    this.state = headers ? PREAMBLE : AFTER_HEADER;
  }

  /** Whether the text so far ends where a file may end. */
  get complete(): boolean {
    return this.state === PREAMBLE || this.state === CLOSED;
  }

  /** Scans `b[start, end)`; returns the offset up to which it consumed it. `eof` if the file ends at `end`. */
  feed(b: Buffer, start: number, end: number, eof: boolean): number {
    const sink = this.sink;
    let i = start, state = this.state;
    try {
      while (i < end) {
        const c = b[i];
        if (state >= AFTER_HEADER) {
          if (this.lineStart && this.headers && state !== AFTER_HEADER) {
            // Blanks before a header are taken as they come, so that a line of them has no length limit.
            if (c === SPACE || c === TAB) {
              i++;
              continue;
            }
            const name = headerAt(b, i, end, eof);
            if (name === HEADER_MORE) break;
            if (name >= 0) {
              const p = b.indexOf(69, i);
              sink.header(b.toString("latin1", p, name), i);
              state = AFTER_HEADER;
              i = name;
              this.lineStart = false;
              continue;
            }
          }
          if (c === OPEN_BRACKET && state === AFTER_HEADER) {
            state = LIST;
            i++;
            continue;
          }
          const space = jsSpace(b, i, end);
          if (space === SPACE_MORE) break;
          if (space === 0) throw new Odd(i);
          this.lineStart = c === LF;
          i += space;
          continue;
        }
        if (c === SPACE || c === LF || c === CR || c === TAB) {
          i++;
          continue;
        }
        if (c === OPEN_BRACE && state !== AFTER_RUN) {
          let after = sink.fast(b, i, end);
          if (after < 0) {
            after = runEnd(b, i, end);
            if (after === MORE) break;
            if (after === ODD) throw new Odd(i);
            sink.tolerant(b, i, after);
          }
          state = AFTER_RUN;
          i = after;
        } else if (c === COMMA && state === AFTER_RUN) {
          state = AFTER_COMMA;
          i++;
        } else if (c === CLOSE_BRACKET) {
          state = CLOSED;
          this.lineStart = false;
          i++;
        } else throw new Odd(i);
      }
    } finally {
      this.state = state;
    }
    if (eof && (i < end || !this.complete)) throw new Odd(i);
    return i;
  }
}

// States: in a list before its first run, after a run, after a comma; then white space only: after
// a header, before the first header, after a list.
const LIST = 0, AFTER_RUN = 1, AFTER_COMMA = 2, AFTER_HEADER = 3, PREAMBLE = 4, CLOSED = 5;
const SPACE = 32, TAB = 9, LF = 10, CR = 13, COMMA = 44, OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123;

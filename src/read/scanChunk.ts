import type {ColumnParts} from "./columnRows";
import {convertedValues} from "./convertedValues";
import {RunKeys} from "./runKeys";
import {Odd, Scanner, type ScanSink} from "./scan";
import {WasmRuns} from "./wasmRuns";

/** Whole sections `b[start, end)` of a results file, from a header line (or the file's start) to one. */
export interface Chunk {
  b: Uint8Array;
  start: number;
  end: number;
}

/** A chunk scanned: its line ends, its headers (with the line ends before each), and, if the fast path took every run (`regular`), their columns. */
export interface ScannedChunk extends Chunk {
  regular: boolean;
  lines: number;
  headers: [experiment: string, at: number, lines: number][];
  rows: ColumnParts;
  count: number;
  /** Units converted, by experiment, column and kind in order of first occurrence, with their count and first value. */
  notes: Note[];
  transfer?: ArrayBuffer[];
}

export type Note = [experiment: string, column: string, kind: `converted from ${string}`, count: number, example: number];

/**
 * Scans a chunk of whole sections on the fast path alone, the work spread over threads: any run the
 * fast path cannot take as it stands (the tolerant parser's) or a broken section leaves the chunk
 * irregular, for the reader to scan again in its own thread. Rows go into the `spare` buffers if they are large enough.
 */
export function scanChunk({b: bytes, start, end}: Chunk, spare?: {strings?: Uint8Array; numbers?: Float64Array}, runs: WasmRuns = (shared ??= new WasmRuns())): ScannedChunk {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = new RunKeys();
  // The module vouches for runs and keeps their rows; vouchRun takes those it declines.
  const headers: [string, number, number][] = [];
  let name = "", count = 0, lines = 0, counted = start;
  const notes: Note[] = [];
  // The note of each key in this section: sections apart, for the reader to merge as it merges any notes.
  let noted: Note[] = [];
  const note = (key: number, value: number) => {
    if (noted[key]) return void noted[key][3]++;
    const {column, unit} = keys.units[key];
    notes.push((noted[key] = [name, column, `converted from ${unit}`, 1, value]));
  };
  const sink: ScanSink = {
    header(experimentName, at) {
      lines += runs.countLines(counted, at);
      counted = at;
      headers.push([experimentName, at, lines]);
      if (!runs.experiment(Buffer.from(experimentName, "latin1"))) throw IRREGULAR;
      name = experimentName;
      noted = [];
    },
    fast(b, at) {
      let after = keys.converting ? -1 : runs.vouchAdd(at);
      if (after >= 0) return count++, after;
      // Units to convert, or a run the module declines.
      after = runs.take(b, at);
      if (after < 0) throw IRREGULAR;
      const {spans, values} = runs;
      runs.add(at, after, spans, values, keys.converting ? convertedValues(keys, spans, values, note) : undefined);
      count++;
      return after;
    },
    tolerant() {
      throw IRREGULAR;
    },
  };
  keys.startBlock(b, end);
  runs.startBlock(b, start, end, keys);
  runs.startRows(Math.ceil((end - start) / 256) + 1024, Math.ceil((end - start) / 2) + 4096);
  const saved = b[end];
  b[end] = 0;
  let regular = true;
  try {
    new Scanner(sink).feed(b, start, end, true);
  } catch (error) {
    if (error !== IRREGULAR && !(error instanceof Odd)) throw error;
    regular = false;
  }
  b[end] = saved;
  lines += runs.countLines(counted, end);
  const parts = runs.parts(spare);
  return {b, start, end, regular, lines, headers, rows: parts, count, notes, transfer: [b.buffer as ArrayBuffer, parts.strings.buffer as ArrayBuffer, parts.numbers.buffer as ArrayBuffer]};
}

const IRREGULAR = new Error("irregular");
/** A scan thread's module, its memory grown to a chunk's size until the thread ends. */
let shared: WasmRuns | undefined;

import pl from "nodejs-polars";
import {RunNotes, RunRows} from "../clean";
import {JsonError, keyOffset, parseJson, unitProblem, type RunRecord, type Section} from "../parse";
import {columnFrame} from "./columnFrame";
import {convertedValues} from "./convertedValues";
import {countLines} from "./countLines";
import {ColumnRows, type ColumnParts} from "./columnRows";
import {RunKeys} from "./runKeys";
import {Odd, type ScanSink} from "./scan";
import {WasmRuns} from "./wasmRuns";

/** Where a section of the results came from. */
export type Source = Pick<Section, "experiment" | "line" | "file">;

/** The section being read: where its header line starts in the file, and a problem the exact parser must name at its end. */
export interface OpenSection extends Source {
  position: number;
  problem?: {problem: string; line: number};
}

/**
 * Takes the runs the scanner finds: each the fast path vouches for becomes a row of columns for polars,
 * any other is parsed alone by the tolerant parser; flush() gives the runs so far as one frame,
 * in file order, once there are GATHER of them or tolerant ones among them (polars spends about a
 * millisecond on each Series, whatever its length: frames of a block each would cost more than
 * the block). Counts the runs each path took.
 */
export class RunSink implements ScanSink {
  readonly sources: Source[] = [];
  /** Runs the fast path took, and runs the tolerant parser took. */
  readonly paths = {fast: 0, tolerant: 0};
  section: OpenSection;
  private experiment: Buffer = Buffer.alloc(0);
  private readonly keys = new RunKeys();
  private readonly wasm = new WasmRuns();
  private readonly rows = new ColumnRows(1 << 20, 1 << 12);
  private readonly noteConverted = (key: number, value: number) => {
    const {column, unit} = this.keys.units[key];
    this.notes.coerced(this.section.experiment, column, `converted from ${unit}`, value);
  };
  private others: RunRows;
  /** Where each tolerant run since the last frame sits among all runs since then. */
  private otherAt: number[] = [];
  private b: Buffer = Buffer.alloc(0);
  private position = 0;
  private line = 1;
  private counted = 0;

  constructor(private readonly file: string, private readonly notes: RunNotes, private readonly warn: (warning: string) => void, json?: string, private readonly gathered = GATHER) {
    this.others = new RunRows(notes);
    this.section = {experiment: json ?? "", file, line: 1, position: 0};
    if (json !== undefined) this.sources.push({experiment: json, file, line: 1}), (this.experiment = Buffer.from(json, "latin1"));
  }

  /** Starts a block: `b[start]` is at `position` in the file, on line `line`. */
  startBlock(b: Buffer, start: number, end: number, position: number, line: number): void {
    this.b = b, this.position = position - start, this.line = line, this.counted = start;
    this.keys.startBlock(b, end);
    this.wasm.startBlock(b, start, end, this.keys);
    this.rows.startBlock(b);
  }

  /** The line of offset `at` of the block, counting forward. */
  lineAt(at: number): number {
    this.line += countLines(this.b, this.counted, at);
    this.counted = at;
    return this.line;
  }

  /** A header at `at`, on line `line` if the caller counted it. */
  header(experiment: string, at: number, line = -1): void {
    // A section's problem the exact parser names comes before anything found after the section.
    if (this.section.problem) throw new Odd(at);
    if (line < 0) line = this.lineAt(at);
    this.section = {experiment, file: this.file, line, position: this.position + at};
    this.sources.push({experiment, file: this.file, line});
    this.experiment = Buffer.from(experiment, "latin1");
  }

  fast(b: Buffer, at: number): number {
    const end = this.wasm.take(b, at), {spans, values} = this.wasm;
    if (end < 0) return -1;
    this.rows.add(this.experiment, b, at, end, spans, values, this.keys.converting ? convertedValues(this.keys, spans, values, this.noteConverted) : undefined);
    this.paths.fast++;
    return end;
  }

  tolerant(b: Buffer, start: number, end: number): void {
    const text = b.toString("utf8", start, end);
    let run: RunRecord;
    try {
      run = parseJson(text).value as RunRecord;
    } catch (error) {
      if (error instanceof JsonError) throw new Odd(start);
      throw error;
    }
    this.paths.tolerant++;
    const bad = unitProblem(run);
    if (bad) {
      const before = text.slice(0, keyOffset(text, 0, text.length, bad.key)).split("\n").length - 1;
      this.section.problem ??= {problem: bad.problem, line: this.lineAt(start) + before};
      return;
    }
    this.otherAt.push(this.rows.count + this.others.height);
    this.others.add(this.section.experiment, run);
  }

  /** Appends rows a thread's fast path took (see scanChunk); gives a frame of the runs before them if these would pass the gathering size. */
  gather(parts: ColumnParts): pl.DataFrame | undefined {
    const frame = this.rows.count + parts.count > this.gathered ? this.flush(true) : undefined;
    this.rows.append(parts, (1.1 * this.gathered) / Math.max(1, parts.count));
    return frame;
  }

  /** The runs so far as one frame, in file order, if there are tolerant ones, the gathering size or more, or `final`; else undefined. */
  flush(final = false): pl.DataFrame | undefined {
    const count = this.rows.count, height = this.others.height;
    if (!final && height === 0 && count < this.gathered) return undefined;
    const fast = count > 0 ? columnFrame(this.rows.parts(), () => this.refused(count)) : undefined;
    const others = height > 0 ? this.others.frame() : undefined;
    const at = this.otherAt;
    this.rows.clear(), (this.otherAt = []);
    if (height > 0) this.others = new RunRows(this.notes);
    if (!fast || !others) return fast ?? others;
    // Both paths: the frame holds the fast rows, then the others; put them back in file order.
    const order = new Int32Array(count + height);
    for (let i = 0, f = 0, j = 0; i < count + height; i++) {
      if (j < height && at[j] === i) order[count + j++] = i;
      else order[f++] = i;
    }
    return pl.concat([fast, others], {how: "vertical"}).withColumn(pl.Series("order", order)).sort("order").drop("order");
  }

  /** Polars refusing rows the fast path vouched for is a bug to report, not hide (see columnFrame). */
  refused(count: number): void {
    this.warn(`${this.file}: polars refused ${count} rows of the fast path; read their strings in JavaScript instead`);
  }
}

const GATHER = 1 << 18;

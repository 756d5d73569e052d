import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {NUMBER_COLUMNS, STRING_COLUMNS, type ColumnParts} from "./columnRows";
import {COLUMNS, GAP, type RunKeys} from "./runKeys";
import {SPANS, vouchRun} from "./vouchRun";

/**
 * The fast path in WebAssembly (assembly/vouch.ts, built to vouch.wasm beside this file's build):
 * vouchRun on a block copied into the module's memory, with the keys of a RunKeys copied to its
 * tables whenever they change, and ColumnRows.add on rows kept in its memory. It takes a run where
 * vouchRun would take it, with the same spans and values, and declines (-1) any other run, for
 * vouchRun to take or refuse; the rows it makes are ColumnRows' byte for byte. One per thread.
 */
export class WasmRuns {
  /** The spans and values of the run last vouched for (see vouchRun), views of the module's memory. */
  spans!: Int32Array;
  values!: Float64Array;
  private readonly memory = new WebAssembly.Memory({initial: 4});
  /** vouchRun's spans and values, for a run the module declines. */
  private readonly mine = {spans: new Int32Array(SPANS), values: new Float64Array(COLUMNS.length)};
  private readonly wasm: Exports;
  private readonly at: Layout;
  private bytes!: Uint8Array;
  private i32!: Int32Array;
  private keys?: RunKeys;
  private version = -1;
  private base = 0;
  private limit = 0;
  /** The block to copy before the first run is vouched for. */
  private block?: {b: Uint8Array; start: number; end: number};

  constructor() {
    const exports = new WebAssembly.Instance(module(), {env: {memory: this.memory}}).exports;
    this.wasm = exports as unknown as Exports;
    this.at = Object.fromEntries(LAYOUT.map((name) => [name, (exports[name] as WebAssembly.Global).value])) as Layout;
    if (this.at.GAP !== GAP || this.at.COLUMNS < COLUMNS.length) throw new Error("vouch.wasm does not match this build: run `npm run build`");
    this.views();
    new Float64Array(this.memory.buffer, this.at.POWERS, 23).set(Array.from({length: 23}, (_, k) => Number(`1e${k}`)));
    this.i32.set(NUMBER_COLUMNS.map((column) => COLUMNS.indexOf(column)), this.at.NUMBER_COLUMNS / 4);
    this.i32.set(STRING_COLUMNS.map((column) => 3 * COLUMNS.indexOf(column)), this.at.STRING_SPANS / 4);
    const {numberColumns, stringColumns, dataPath} = this.wasm;
    numberColumns.value = NUMBER_COLUMNS.length;
    stringColumns.value = STRING_COLUMNS.length;
    dataPath.value = 3 * COLUMNS.indexOf("data_path");
  }

  /** Sets the block `b[start, end)` runs are vouched for in, with `keys`; it is copied to the module's memory when first needed. */
  startBlock(b: Uint8Array, start: number, end: number, keys: RunKeys): void {
    this.block = {b, start, end};
    if (keys !== this.keys) (this.keys = keys), (this.version = -1);
  }

  /** The offset after the run object at `b[at]` if the module takes it, its spans and values in `spans` and `values`; else -1. */
  vouch(at: number): number {
    this.ready();
    return this.wasm.vouch(this.base + at, this.limit);
  }

  /** The line ends (\n) in `b[from, to)` of the block. */
  countLines(from: number, to: number): number {
    this.ready();
    return this.wasm.countLines(from, to);
  }

  /**
   * The offset after the run object at `b[at]` if the module or else vouchRun takes it, its spans
   * and values in `spans` and `values` either way; -1 if neither does.
   */
  take(b: Uint8Array, at: number): number {
    const end = this.vouch(at);
    if (end >= 0) return end;
    const {spans, values} = this.mine, after = vouchRun(b, at, this.keys!, spans, values);
    if (after >= 0) this.spans.set(spans), this.values.set(values);
    return after;
  }

  /**
   * Starts rows in the module's memory (after the block, which must be set), with room for about
   * `rows` rows and `bytes` bytes of strings; they grow as needed.
   */
  startRows(rows: number, bytes: number): void {
    this.ready();
    const {count, nulls, written, strings} = this.wasm;
    count.value = nulls.value = 0;
    written.value = strings.value;
    this.room(rows, bytes);
  }

  /** Sets the experiment the rows added next belong to, as bytes. */
  experiment(name: Uint8Array): boolean {
    if (name.length > this.at.EXPERIMENT_ROOM) return false;
    this.bytes.set(name, this.at.EXPERIMENT);
    this.wasm.experimentLength.value = name.length;
    return true;
  }

  /** vouch() and, if the module takes the run, adds it to the rows (see add): the offset after the run, or -1. */
  vouchAdd(at: number): number {
    this.ready();
    const end = this.wasm.vouchAdd(this.base + at, this.limit);
    if (end !== -2) return end;
    // Vouched for, but the rows were full.
    const vouched = this.wasm.vouched.value;
    do this.grow();
    while (!this.wasm.add(at, vouched));
    return vouched;
  }

  /** Adds the run at `[at, end)` to the rows as ColumnRows.add does, its spans and values given; a column in `converted` takes that number instead. */
  add(at: number, end: number, spans: Int32Array, values: Float64Array, converted?: Map<number, number>): void {
    if (spans !== this.spans) this.spans.set(spans), this.values.set(values);
    if (converted) for (const [column, value] of converted) this.values[column] = value;
    while (!this.wasm.add(at, end)) this.grow();
  }

  /** The rows, copied out of the module's memory into `spare` buffers if large enough. */
  parts(spare?: {strings?: Uint8Array; numbers?: Float64Array}): ColumnParts {
    const {count, nulls, strings, written, numbers, capacity} = this.wasm;
    const rows = count.value, length = written.value - strings.value, columns = NUMBER_COLUMNS.length;
    const text = spare?.strings && spare.strings.length >= length ? spare.strings.subarray(0, length) : new Uint8Array(length);
    text.set(this.bytes.subarray(strings.value, written.value));
    const out = spare?.numbers && spare.numbers.length >= rows * columns ? spare.numbers : new Float64Array(Math.max(1, rows) * columns);
    const size = Math.floor(out.length / columns);
    for (let j = 0; j < columns; j++) out.set(new Float64Array(this.memory.buffer, numbers.value + 8 * j * capacity.value, rows), j * size);
    return {strings: text, numbers: out, capacity: size, count: rows, nulls: nulls.value};
  }

  private ready(): void {
    if (this.block) this.copyBlock(this.block), (this.block = undefined);
    if (this.keys!.version !== this.version) this.copyKeys(this.keys!);
  }

  private copyBlock({b, start, end}: {b: Uint8Array; start: number; end: number}): void {
    const {INPUT, PADDING} = this.at;
    this.reserve(INPUT + end - start + PADDING);
    this.bytes.set(b.subarray(start, end), INPUT);
    this.bytes.fill(0, INPUT + end - start, INPUT + end - start + PADDING);
    this.wasm.base.value = this.base = INPUT - start;
    this.limit = INPUT + end - start;
  }

  /** Room after the block for `rows` rows of numbers and `bytes` bytes of strings, the rows so far moved there. */
  private room(rows: number, bytes: number): void {
    const {count, capacity, numbers, strings, written, room} = this.wasm;
    const from = Math.ceil((this.limit + this.at.PADDING) / 8) * 8, columns = NUMBER_COLUMNS.length;
    const kept = written.value - strings.value, at = from + 8 * columns * rows;
    this.reserve(at + bytes);
    // Strings first, as they may lie where the numbers go; then the numbers, last column first.
    if (kept > 0) this.bytes.copyWithin(at, strings.value, written.value);
    for (let j = columns - 1; j >= 0 && count.value > 0; j--) {
      const old = numbers.value + 8 * j * capacity.value;
      this.bytes.copyWithin(from + 8 * j * rows, old, old + 8 * count.value);
    }
    numbers.value = from, capacity.value = rows, strings.value = at, written.value = at + kept, room.value = at + bytes;
  }

  private grow(): void {
    const {capacity, strings, room} = this.wasm;
    this.room(2 * capacity.value + 1024, 2 * (room.value - strings.value) + (1 << 16));
  }

  private reserve(bytes: number): void {
    const have = this.memory.buffer.byteLength;
    if (bytes > have) this.memory.grow(Math.ceil((bytes - have) / 65536)), this.views();
  }

  private copyKeys(keys: RunKeys): void {
    const {KEYS, GAP_LENGTHS, GAPS, TREE_OFFSETS, TREE, MAX_KEYS, MAX_NODES} = this.at, {depth} = this.wasm;
    this.version = keys.version;
    const count = keys.columns.length, {offsets, children} = keys.tree;
    // Too many keys for its tables: it declines every run.
    if (count === 0 || count > MAX_KEYS || offsets.length > MAX_NODES) return void (depth.value = 0);
    for (let k = 0; k < count; k++) {
      this.i32[KEYS / 4 + 2 * k] = keys.columns[k];
      this.i32[KEYS / 4 + 2 * k + 1] = KIND[keys.kinds[k]];
      this.i32[GAP_LENGTHS / 4 + k] = keys.gapLength[k];
    }
    this.bytes.set(keys.gapBytes.subarray(0, count * GAP), GAPS);
    this.i32.set(offsets, TREE_OFFSETS / 4);
    this.i32.set(children, TREE / 4);
    depth.value = keys.tree.depth;
  }

  private views(): void {
    const buffer = this.memory.buffer;
    this.bytes = new Uint8Array(buffer);
    this.i32 = new Int32Array(buffer);
    this.spans = new Int32Array(buffer, this.at.SPANS, 3 * COLUMNS.length);
    this.values = new Float64Array(buffer, this.at.VALUES, COLUMNS.length);
  }
}

type Exports = {
  vouch(p: number, limit: number): number;
  vouchAdd(p: number, limit: number): number;
  add(at: number, end: number): number;
  countLines(from: number, to: number): number;
} & Record<"depth" | "base" | "vouched" | "count" | "capacity" | "numbers" | "nulls" | "strings" | "written" | "room" | "numberColumns" | "stringColumns" | "dataPath" | "experimentLength", WebAssembly.Global>;

/** Where the module keeps what (see assembly/vouch.ts), and its limits. */
const LAYOUT = ["GAP", "COLUMNS", "SPANS", "VALUES", "POWERS", "KEYS", "GAP_LENGTHS", "GAPS", "TREE_OFFSETS", "TREE", "EXPERIMENT", "EXPERIMENT_ROOM", "NUMBER_COLUMNS", "STRING_SPANS", "INPUT", "PADDING", "MAX_KEYS", "MAX_NODES"] as const;
type Layout = Record<(typeof LAYOUT)[number], number>;

const KIND = {string: 0, int: 1, float: 2} as const;

let compiled: WebAssembly.Module | undefined;

/** The module, compiled once per thread: from vouch.wasm beside this file, or in dist/ when this runs from src/. */
function module(): WebAssembly.Module {
  if (compiled) return compiled;
  const file = [join(__dirname, "vouch.wasm"), join(__dirname, "../../dist/read/vouch.wasm")].find((path) => existsSync(path));
  if (!file) throw new Error("vouch.wasm is missing: build it with `npm run build`");
  return (compiled = new WebAssembly.Module(readFileSync(file)));
}

import {runColumns} from "../schema";
import {COLUMNS} from "./runKeys";

/** The run columns that hold numbers, and those that hold strings, each in the order of COLUMNS. */
export const NUMBER_COLUMNS = COLUMNS.filter((column) => runColumns[column] !== "string");
export const STRING_COLUMNS = COLUMNS.filter((column) => runColumns[column] === "string");

/** The rows of ColumnRows as they are handed over (to another thread, then to polars). */
export interface ColumnParts {
  /** CSV rows of experiment, partition and the string columns. */
  strings: Uint8Array;
  /** The number columns one after the other, `capacity` values each, NaN for missing or null. */
  numbers: Float64Array;
  capacity: number;
  count: number;
  /** Bit j set if NUMBER_COLUMNS[j] has a missing or null value. */
  nulls: number;
}

/**
 * Vouched runs as columns: each number column's values (as vouchRun parsed them) in a Float64Array,
 * and the strings as CSV rows of experiment, partition (data_path up to its first /) and each string
 * column's JSON text as it stands in the file, with its quotes, null and missing empty. Polars
 * makes a Series of a Float64Array at memory speed, and reads these short rows to the strings
 * JSON.parse gives much faster than it would read numbers written as text.
 */
export class ColumnRows {
  strings: Buffer;
  length = 0;
  numbers: Float64Array;
  capacity: number;
  count = 0;
  nulls = 0;
  private out: DataView;
  private in: DataView = new DataView(new ArrayBuffer(0));

  /** Rows in buffers of `bytes` bytes of strings and `rows` rows of numbers, `spare` ones if large enough, which grow as needed. */
  constructor(bytes: number, rows: number, spare?: {strings?: Uint8Array; numbers?: Float64Array}) {
    const strings = spare?.strings && Buffer.from(spare.strings.buffer, spare.strings.byteOffset, spare.strings.byteLength);
    this.strings = strings && strings.length >= bytes ? strings : Buffer.allocUnsafeSlow(bytes);
    this.numbers = spare?.numbers && spare.numbers.length >= rows * NUMBER_COLUMNS.length ? spare.numbers : new Float64Array(rows * NUMBER_COLUMNS.length);
    this.capacity = Math.floor(this.numbers.length / NUMBER_COLUMNS.length);
    this.out = view(this.strings);
  }

  /** Sets the bytes strings are copied from. */
  startBlock(b: Uint8Array): void {
    this.in = view(b);
  }

  /**
   * Appends the run whose value spans and values are given (see vouchRun), from the object at
   * `b[start, end)`; a column given in `converted` takes that number instead.
   */
  add(experiment: Uint8Array, b: Uint8Array, start: number, end: number, spans: Int32Array, values: Float64Array, converted?: Map<number, number>): void {
    if (this.count === this.capacity) this.growNumbers();
    const numbers = this.numbers, capacity = this.capacity, row = this.count++;
    for (let j = 0; j < NUMBER_INDEX.length; j++) {
      const c = NUMBER_INDEX[j];
      if (spans[3 * c] < 0) {
        this.nulls |= 1 << j;
        numbers[j * capacity + row] = NaN;
      } else numbers[j * capacity + row] = converted === undefined ? values[c] : (converted.get(c) ?? values[c]);
    }
    if (this.length + experiment.length + 2 * (end - start) + 64 > this.strings.length) this.growStrings(experiment.length + 2 * (end - start) + 64);
    const out = this.strings, to = this.out, from = this.in;
    let o = this.length;
    for (let j = 0; j < experiment.length; j++) out[o++] = experiment[j];
    out[o++] = COMMA;
    const path = spans[DATA_PATH];
    if (path >= 0) {
      out[o++] = QUOTE;
      for (let j = path + 1; b[j] !== SLASH && b[j] !== QUOTE; j++) out[o++] = b[j];
      out[o++] = QUOTE;
    }
    for (let k = 0; k < STRING_SPANS.length; k++) {
      out[o++] = COMMA;
      const s = spans[STRING_SPANS[k]], e = spans[STRING_SPANS[k] + 1];
      if (s < 0) continue;
      // Four bytes at a time: what is copied past the value is written over next (the 64 spare bytes allow for it).
      if (e + 3 <= b.length) for (let j = s; j < e; j += 4) to.setUint32(o + j - s, from.getUint32(j, true), true);
      else for (let j = s; j < e; j++) out[o + j - s] = b[j];
      o += e - s;
    }
    out[o++] = LF;
    this.length = o;
  }

  /**
   * Appends rows made by another ColumnRows; if the buffers must grow, they grow to hold `scale`
   * times as many rows and bytes as given (the rows still to come, as far as the caller can tell).
   */
  append({strings, numbers, capacity, count, nulls}: ColumnParts, scale = 2): void {
    if (this.count + count > this.capacity) this.growNumbers(this.count + Math.ceil(Math.max(1, scale) * count));
    for (let j = 0; j < NUMBER_COLUMNS.length; j++) this.numbers.set(numbers.subarray(j * capacity, j * capacity + count), j * this.capacity + this.count);
    this.count += count;
    this.nulls |= nulls;
    if (this.length + strings.length > this.strings.length) this.growStrings(0, this.length + Math.ceil(Math.max(1, scale) * strings.length));
    this.strings.set(strings, this.length);
    this.length += strings.length;
  }

  /** The rows so far, in the buffers they are in. */
  parts(): ColumnParts {
    return {strings: this.strings.subarray(0, this.length), numbers: this.numbers, capacity: this.capacity, count: this.count, nulls: this.nulls};
  }

  /** Forgets the rows, keeping the buffers. */
  clear(): void {
    this.length = this.count = this.nulls = 0;
  }

  private growNumbers(capacity = 2 * this.capacity + 1024): void {
    const numbers = new Float64Array(capacity * NUMBER_COLUMNS.length);
    for (let j = 0; j < NUMBER_COLUMNS.length; j++) numbers.set(this.numbers.subarray(j * this.capacity, j * this.capacity + this.count), j * capacity);
    this.numbers = numbers;
    this.capacity = capacity;
  }

  private growStrings(more: number, bytes = 2 * this.strings.length + more): void {
    const bigger = Buffer.allocUnsafeSlow(bytes);
    this.strings.copy(bigger, 0, 0, this.length);
    this.strings = bigger;
    this.out = view(bigger);
  }
}

const COMMA = 44, QUOTE = 34, SLASH = 47, LF = 10;
const DATA_PATH = 3 * COLUMNS.indexOf("data_path");
const NUMBER_INDEX = NUMBER_COLUMNS.map((column) => COLUMNS.indexOf(column));
const STRING_SPANS = STRING_COLUMNS.map((column) => 3 * COLUMNS.indexOf(column));

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

import {COLUMNS} from "./runKeys";

/**
 * Vouched runs as CSV rows: experiment, partition (data_path up to its first /), then each run
 * column's JSON text as it stands in the file, strings with their quotes, null and missing empty.
 * Polars reads this to the values JSON.parse gives, many times faster than the JSON itself.
 */
export class CsvRows {
  bytes: Buffer;
  length = 0;

  /** Rows in a buffer of `size` bytes, `spare` if it is that large, which grows as needed. */
  constructor(size: number, spare?: Buffer) {
    this.bytes = spare && spare.length >= size ? spare : Buffer.allocUnsafeSlow(size);
  }

  /** Appends the run whose value spans are given (see vouchRun), from the object at `b[start, end)`. */
  add(experiment: Uint8Array, b: Uint8Array, start: number, end: number, spans: Int32Array): void {
    let out = this.bytes;
    if (this.length + experiment.length + 2 * (end - start) + 64 > out.length) {
      this.bytes = Buffer.allocUnsafeSlow(2 * out.length + experiment.length + 2 * (end - start) + 64);
      out.copy(this.bytes, 0, 0, this.length);
      out = this.bytes;
    }
    let o = this.length;
    for (let j = 0; j < experiment.length; j++) out[o++] = experiment[j];
    out[o++] = COMMA;
    const path = spans[DATA_PATH];
    if (path >= 0) {
      out[o++] = QUOTE;
      for (let j = path + 1; b[j] !== SLASH && b[j] !== QUOTE; j++) out[o++] = b[j];
      out[o++] = QUOTE;
    }
    for (let c = 0; c < spans.length; c += 2) {
      out[o++] = COMMA;
      for (let j = spans[c], e = spans[c + 1]; j >= 0 && j < e; j++) out[o++] = b[j];
    }
    out[o++] = LF;
    this.length = o;
  }
}

const COMMA = 44, QUOTE = 34, SLASH = 47, LF = 10;
const DATA_PATH = 2 * COLUMNS.indexOf("data_path");

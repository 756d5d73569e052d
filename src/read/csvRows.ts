import {COLUMNS} from "./runKeys";

/**
 * Vouched runs as CSV rows: experiment, partition (data_path up to its first /), then each run
 * column's JSON text as it stands in the file, strings with their quotes, null and missing empty.
 * Polars reads this to the values JSON.parse gives, many times faster than the JSON itself.
 */
export class CsvRows {
  bytes: Buffer;
  length = 0;
  private out: DataView;
  private in: DataView = new DataView(new ArrayBuffer(0));

  /** Rows in a buffer of `size` bytes, `spare` if it is that large, which grows as needed. */
  constructor(size: number, spare?: Buffer) {
    this.bytes = spare && spare.length >= size ? spare : Buffer.allocUnsafeSlow(size);
    this.out = view(this.bytes);
  }

  /** Sets the bytes runs are copied from. */
  startBlock(b: Uint8Array): void {
    this.in = view(b);
  }

  /**
   * Appends the run whose value spans are given (see vouchRun), from the object at `b[start, end)`;
   * a column given in `converted` is written as that number instead.
   */
  add(experiment: Uint8Array, b: Uint8Array, start: number, end: number, spans: Int32Array, converted?: Map<number, number>): void {
    if (this.length + experiment.length + 2 * (end - start) + 64 > this.bytes.length) this.grow(experiment.length + 2 * (end - start) + 64);
    const out = this.bytes, to = this.out, from = this.in;
    let o = this.length;
    for (let j = 0; j < experiment.length; j++) out[o++] = experiment[j];
    out[o++] = COMMA;
    const path = spans[DATA_PATH];
    if (path >= 0) {
      out[o++] = QUOTE;
      for (let j = path + 1; b[j] !== SLASH && b[j] !== QUOTE; j++) out[o++] = b[j];
      out[o++] = QUOTE;
    }
    for (let c = 0; c < spans.length; c += 3) {
      out[o++] = COMMA;
      const s = spans[c], e = spans[c + 1];
      if (s < 0) continue;
      const value = converted?.get(c / 3);
      if (value !== undefined) {
        o += out.write(String(value), o, "latin1");
        continue;
      }
      // Four bytes at a time: what is copied past the value is written over next (the 64 spare bytes allow for it).
      if (e + 3 <= b.length) for (let j = s; j < e; j += 4) to.setUint32(o + j - s, from.getUint32(j, true), true);
      else for (let j = s; j < e; j++) out[o + j - s] = b[j];
      o += e - s;
    }
    out[o++] = LF;
    this.length = o;
  }

  private grow(more: number): void {
    const bigger = Buffer.allocUnsafeSlow(2 * this.bytes.length + more);
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
    this.out = view(bigger);
  }
}

const COMMA = 44, QUOTE = 34, SLASH = 47, LF = 10;
const DATA_PATH = 3 * COLUMNS.indexOf("data_path");

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

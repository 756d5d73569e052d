import {keyUnit, type KeyUnit} from "../parse";
import {runColumns, type ColumnKind, type RunColumn} from "../schema";
import {keyTree, pickKey} from "./keyTree";

/** The run columns, in the order of the runs frame and of the rows the fast path writes. */
export const COLUMNS = Object.keys(runColumns) as RunColumn[];

/**
 * The keys met in run objects, each with the column it feeds (its index in COLUMNS) and that
 * column's kind. A key is picked by a few of its bytes (see keyTree), then its gap (the key with
 * its quotes, colon and the white space to the value) is compared whole with the gap it had last,
 * four bytes at a time; only a key whose gap differs is compared alone, and only one matching no
 * known key is decoded and looked up. The cost is the same in any key order.
 */
export class RunKeys {
  readonly columns: number[] = [];
  readonly kinds: ColumnKind[] = [];
  /** Each key's unit: multiplied, then divided, to the analysis unit (see keyUnit). */
  readonly units: KeyUnit[] = [];
  /** Whether any key met so far needs converting. */
  converting = false;
  /** Offset just after what was last matched: a key's closing quote (match), a gap (gap). */
  end = 0;
  private readonly bytes: Uint8Array[] = [];
  private readonly words: Uint32Array[] = [];
  private view = new DataView(new ArrayBuffer(0));
  private limit = 0;
  private readonly index = new Map<string, number>();
  /** Each key's gap as last seen (see noteGap): its bytes, also as words, and its length (0 for none). */
  gapBytes: Uint8Array = new Uint8Array(0);
  private gapWords = new Uint32Array(0);
  gapLength: Int32Array = new Int32Array(0);
  /** The keys known, as a tree that picks a key by a few of its bytes (see keyTree). */
  tree = keyTree([]);
  /** Counts changes to the keys, their gaps and tree, for a copy of them to follow (see WasmVouch). */
  version = 0;

  /**
   * The key whose gap, as last seen, is the same as the bytes at `i` (an opening quote), with the
   * offset of the value in `end`; -1 if none is.
   */
  gap(b: Uint8Array, i: number): number {
    if (i + this.tree.depth >= this.limit) return -1;
    const k = pickKey(this.tree, b, i + 1);
    if (k < 0) return -1;
    const length = this.gapLength[k];
    if (length === 0 || i + length >= this.limit) return -1;
    const view = this.view, words = this.gapWords;
    let j = 0;
    for (let w = k * (GAP / 4); j + 4 <= length; j += 4, w++) if (view.getUint32(i + j, true) !== words[w]) return -1;
    for (; j < length; j++) if (b[i + j] !== this.gapBytes[k * GAP + j]) return -1;
    this.end = i + length;
    return k;
  }

  /** Notes `b[from, to)` as the gap of key `k`: from its opening quote to its value. */
  noteGap(b: Uint8Array, from: number, to: number, k: number): void {
    const length = to - from, base = k * GAP, bytes = this.gapBytes;
    this.version++;
    if (length > GAP) return void (this.gapLength[k] = 0);
    for (let j = 0; j < length; j++) bytes[base + j] = b[from + j];
    bytes.fill(0, base + length, base + GAP);
    for (let w = 0; w < GAP / 4; w++) {
      const o = base + 4 * w;
      this.gapWords[base / 4 + w] = bytes[o] | (bytes[o + 1] << 8) | (bytes[o + 2] << 16) | (bytes[o + 3] << 24);
    }
    this.gapLength[k] = length;
    this.version++;
  }

  /**
   * The key whose text starts at `start` (just after its quote), or -1 if the fast path cannot take
   * it: unknown, escaped or otherwise odd.
   */
  match(b: Uint8Array, start: number): number {
    if (start + this.tree.depth < this.limit) {
      const k = pickKey(this.tree, b, start);
      if (k >= 0 && this.same(b, start, k)) return k;
    }
    return this.lookUp(b, start);
  }

  /** Sets the bytes keys are matched in, up to `end`. */
  startBlock(b: Uint8Array, end: number): void {
    this.view = new DataView(b.buffer as ArrayBuffer, b.byteOffset, b.length);
    this.limit = end;
  }

  private same(b: Uint8Array, start: number, k: number): boolean {
    const key = this.bytes[k], words = this.words[k];
    if (start + key.length >= this.limit) return false;
    // Four bytes at a time: the comparison is a good part of the fast path's time.
    let j = 0;
    for (let w = 0; w < words.length; w++, j += 4) if (this.view.getUint32(start + j, true) !== words[w]) return false;
    for (; j < key.length; j++) if (b[start + j] !== key[j]) return false;
    if (b[start + key.length] !== QUOTE) return false;
    this.end = start + key.length + 1;
    return true;
  }

  private lookUp(b: Uint8Array, start: number): number {
    const end = stringEnd(b, start);
    if (end < 0) return -1;
    const name = Buffer.from(b.buffer, b.byteOffset + start, end - 1 - start).toString("utf8");
    this.end = end;
    let k = this.index.get(name);
    if (k === undefined) {
      const unit = keyUnit(name);
      if (typeof unit !== "object") return -1;
      k = this.columns.length;
      this.index.set(name, k);
      this.columns.push(COLUMNS.indexOf(unit.column)), this.kinds.push(runColumns[unit.column]), this.units.push(unit);
      if (unit.multiply !== 1 || unit.divide !== 1) this.converting = true;
      const bytes = Uint8Array.prototype.slice.call(b, start, end - 1);
      const view = new DataView(bytes.buffer);
      this.bytes.push(bytes);
      this.words.push(Uint32Array.from({length: bytes.length >> 2}, (_, w) => view.getUint32(4 * w, true)));
      this.tree = keyTree(this.bytes);
      this.version++;
      this.growGaps(k + 1);
    }
    return k;
  }

  private growGaps(keys: number): void {
    if (this.gapLength.length >= keys) return;
    const size = Math.max(16, 2 * keys), bytes = new Uint8Array(size * GAP), words = new Uint32Array((size * GAP) / 4), length = new Int32Array(size);
    bytes.set(this.gapBytes), words.set(this.gapWords), length.set(this.gapLength);
    this.gapBytes = bytes, this.gapWords = words, this.gapLength = length;
  }
}

/** The longest gap noted. */
export const GAP = 64;

const QUOTE = 34, BACKSLASH = 92;

/**
 * The offset just after the closing quote of a string whose text starts at `i`, or -1 for what the
 * fast path leaves to the exact parser: escapes and control characters (a line end among them).
 */
export function stringEnd(b: Uint8Array, i: number): number {
  for (;;) {
    const c = b[i];
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH || c < 32) return -1;
    i++;
  }
}

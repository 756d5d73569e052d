import {keyUnit, type KeyUnit} from "../parse";
import {runColumns, type ColumnKind, type RunColumn} from "../schema";

/** The run columns, in the order of the runs frame and of the rows the fast path writes. */
export const COLUMNS = Object.keys(runColumns) as RunColumn[];

/**
 * The keys met in run lines, each with the column it feeds (its index in COLUMNS) and that
 * column's kind. Run objects mostly list the same keys in the same order, so the keys seen after
 * each key are tried first, byte for byte; only a key that matches none of them is decoded and
 * looked up.
 */
export class RunKeys {
  readonly columns: number[] = [];
  readonly kinds: ColumnKind[] = [];
  /** Each key's unit: multiplied, then divided, to the analysis unit (see keyUnit). */
  readonly units: KeyUnit[] = [];
  /** Whether any key met so far needs converting. */
  converting = false;
  /** Offset just after the closing quote of the key last matched. */
  end = 0;
  private readonly bytes: Uint8Array[] = [];
  private readonly words: Uint32Array[] = [];
  private view = new DataView(new ArrayBuffer(0));
  private limit = 0;
  private readonly index = new Map<string, number>();
  /** The keys seen after each key, and first: the guesses tried before a look-up. */
  private readonly next: number[][] = [];
  private readonly first: number[] = [];
  /** The keys of each shape (see shape()). */
  private readonly shapes = new Map<number, number[]>();

  /**
   * The key whose text starts at `start` (just after its quote), following key `previous` (-1 for
   * the first), or -1 if the fast path cannot take it: unknown, escaped or otherwise odd.
   */
  match(b: Uint8Array, start: number, previous: number): number {
    const guesses = previous < 0 ? this.first : this.next[previous];
    for (let g = 0; g < guesses.length; g++) if (this.same(b, start, guesses[g])) return guesses[g];
    // Keys in another order each time (pretty-printed with shuffled keys): found by length and last byte, still byte for byte.
    const end = stringEnd(b, start);
    if (end < 0) return -1;
    const shaped = this.shapes.get(shape(b, start, end));
    if (shaped) for (let s = 0; s < shaped.length; s++) if (this.same(b, start, shaped[s])) return shaped[s];
    const k = this.lookUp(b, start);
    if (k >= 0 && guesses.length < 4) guesses.push(k);
    return k;
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
      this.bytes.push(bytes), this.next.push([]);
      this.words.push(Uint32Array.from({length: bytes.length >> 2}, (_, w) => view.getUint32(4 * w, true)));
      const id = shape(b, start, end);
      (this.shapes.get(id) ?? this.shapes.set(id, []).get(id)!).push(k);
    }
    return k;
  }
}

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

/** A key's length and last byte, from its text at `b[start, end - 1)`: few keys share one. */
function shape(b: Uint8Array, start: number, end: number): number {
  return (end - start) * 256 + b[end - 2];
}

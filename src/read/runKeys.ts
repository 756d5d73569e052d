import {columnName} from "../clean";
import {runColumns, type ColumnKind, type RunColumn} from "../schema";

const COLUMNS = Object.keys(runColumns) as RunColumn[];

/**
 * The keys met in run lines, each with the column it feeds and that column's kind. Run objects
 * mostly list the same keys in the same order, so the key after each key is predicted and checked
 * byte for byte; only a key that differs from the prediction is decoded and looked up.
 */
export class RunKeys {
  readonly names: string[] = [];
  readonly columns: RunColumn[] = [];
  readonly kinds: ColumnKind[] = [];
  /** Offset just after the closing quote of the key last matched. */
  end = 0;
  private readonly bytes: Uint8Array[] = [];
  private readonly columnIds: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly next: number[] = [];
  private first = -1;
  private readonly keySeen: number[] = [];
  private readonly columnSeen = new Array<number>(COLUMNS.length).fill(0);
  private readonly keyBlock: number[] = [];
  private line = 0;
  private block = 0;
  /** Keys used in the current block, in order of first use. */
  used: number[] = [];

  /** Every key met, by its spelling, with the column it feeds. */
  spellings(): Map<string, RunColumn> {
    return new Map(this.names.map((name, k) => [name, this.columns[k]]));
  }

  /** Starts a block: its keys are counted afresh. */
  startBlock(): void {
    this.block++;
    this.used = [];
  }

  /** Starts a run line: a key or column met twice in it is refused. */
  startLine(): void {
    this.line++;
  }

  /**
   * The key whose text starts at `start` (just after its quote), following key `previous` (-1 for
   * the first), or -1 if the fast path cannot take it: unknown, repeated, escaped or otherwise odd.
   */
  match(b: Uint8Array, start: number, previous: number): number {
    const guess = previous < 0 ? this.first : this.next[previous];
    let k = guess !== undefined && guess >= 0 && this.same(b, start, guess) ? guess : this.lookUp(b, start);
    if (k < 0) return -1;
    if (previous < 0) this.first = k;
    else this.next[previous] = k;
    const column = this.columnIds[k];
    if (this.keySeen[k] === this.line || this.columnSeen[column] === this.line) return -1;
    this.keySeen[k] = this.columnSeen[column] = this.line;
    if (this.keyBlock[k] !== this.block) this.keyBlock[k] = this.block, this.used.push(k);
    return k;
  }

  private same(b: Uint8Array, start: number, k: number): boolean {
    const key = this.bytes[k];
    for (let j = 0; j < key.length; j++) if (b[start + j] !== key[j]) return false;
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
      const column = columnName(name);
      if (column === undefined) return -1;
      k = this.names.length;
      this.index.set(name, k);
      this.names.push(name), this.columns.push(column), this.columnIds.push(COLUMNS.indexOf(column)), this.kinds.push(runColumns[column]);
      this.bytes.push(Uint8Array.prototype.slice.call(b, start, end - 1)), this.next.push(-1), this.keySeen.push(0), this.keyBlock.push(0);
    }
    return k;
  }
}

const QUOTE = 34, BACKSLASH = 92;

/**
 * The offset just after the closing quote of a string whose text starts at `i`, or -1 for what the
 * fast path leaves to the exact parser: escapes, control characters (a line end among them), and
 * U+2028 and U+2029, which end lines for the header search.
 */
export function stringEnd(b: Uint8Array, i: number): number {
  for (;;) {
    const c = b[i];
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH || c < 32) return -1;
    if (c === 0xe2 && b[i + 1] === 0x80 && (b[i + 2] === 0xa8 || b[i + 2] === 0xa9)) return -1;
    i++;
  }
}

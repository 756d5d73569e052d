// The fast path of the results reader in WebAssembly (AssemblyScript, built by `npm run build` to
// dist/read/vouch.wasm): vouchRun's check (src/read/vouchRun.ts) and ColumnRows.add
// (src/read/columnRows.ts) on a block copied into this module's memory, with the keys, their gaps and
// the key tree of a RunKeys copied to the tables below (see src/read/wasmRuns.ts). It takes a run only
// where vouchRun takes it, with the same spans, values and row, and declines (-1) every other run,
// for vouchRun to take or refuse: it changes the reader's speed, never its answers.

// The memory, by address.
/** i32 × 3 per column: value start and end (block offsets, -1 for none), key. */
export const SPANS: u32 = 0;
/** f64 per column: its number as JSON.parse gives it. */
export const VALUES: u32 = 256;
/** f64 × 23: 1e0 … 1e22, exact. */
export const POWERS: u32 = 512;
/** i32 × 2 per key: its column, its kind (0 string, 1 int, 2 float). */
export const KEYS: u32 = 1024;
/** i32 per key: the length of its gap, 0 for none. */
export const GAP_LENGTHS: u32 = 1536;
/** i32 per number column of a row: its column; then i32 per string column: its span's index. */
export const NUMBER_COLUMNS: u32 = 1792;
export const STRING_SPANS: u32 = 1920;
/** GAP bytes per key: its gap (from its opening quote to its value), zeros after. */
export const GAPS: u32 = 2048;
/** i32 per node of the key tree: the byte it looks at, past the key's quote. */
export const TREE_OFFSETS: u32 = 6144;
/** The experiment's name as bytes, EXPERIMENT_ROOM at most. */
export const EXPERIMENT: u32 = 8192;
/** i32 × 256 per node of the key tree: the next node (> 0), the key -v - 1 (< 0), none (0). */
export const TREE: u32 = 16384;
/** The block, followed by PADDING zero bytes; then the rows (see add). */
export const INPUT: u32 = 131072;

// The limits of the tables.
export const COLUMNS: u32 = 16;
export const MAX_KEYS: u32 = 64;
export const MAX_NODES: u32 = 64;
export const GAP: u32 = 64;
export const EXPERIMENT_ROOM: u32 = 4088;
export const PADDING: u32 = 64;

/** How far past a key's quote the tree may read, 0 when there are no keys to take. */
export let depth: u32 = 0;
/** Memory offset of the block's offset 0: spans and ends are given as block offsets. */
export let base: u32 = 0;
/** The end of the run vouchAdd vouched for last. */
export let vouched: i32 = 0;

// The rows (see add): `count` rows of `capacity` in the number columns at `numbers`, NaN for none
// (`nulls` has bit j set if column j has one); CSV rows of the strings from `strings` to `written`,
// room for them up to `room`; the sizes of the tables; the length of the experiment's name.
export let count: u32 = 0;
export let capacity: u32 = 0;
export let numbers: u32 = 0;
export let nulls: u32 = 0;
export let strings: u32 = 0;
export let written: u32 = 0;
export let room: u32 = 0;
export let numberColumns: u32 = 0;
export let stringColumns: u32 = 0;
export let dataPath: u32 = 0;
export let experimentLength: u32 = 0;

const SPACE: u8 = 32, TAB: u8 = 9, LF: u8 = 10, CR: u8 = 13, QUOTE: u8 = 34, COMMA: u8 = 44, MINUS: u8 = 45, PLUS: u8 = 43, DOT: u8 = 46;
const SLASH: u8 = 47, ZERO: u8 = 48, NINE: u8 = 57, E: u8 = 69, SMALL_E: u8 = 101, BACKSLASH: u8 = 92, CLOSE_BRACE: u8 = 125, N: u8 = 110;

/**
 * The run object whose opening brace is at `p`, as vouchRun takes it: the block offset after its
 * closing brace, spans and values written; -1 if vouchRun must decide. `limit` is where the block ends.
 */
export function vouch(p: u32, limit: u32): i32 {
  memory.fill(SPANS, 0xff, 12 * COLUMNS);
  p = skipBlank(p + 1);
  if (load<u8>(p) == CLOSE_BRACE) return <i32>(p + 1 - base);
  while (true) {
    if (load<u8>(p) != QUOTE || depth == 0 || p + depth >= limit) return -1;
    const k = pick(p + 1);
    if (k < 0) return -1;
    const length = load<u32>(GAP_LENGTHS + (<u32>k << 2));
    if (length == 0 || p + length >= limit || !sameGap(p, GAPS + <u32>k * GAP, length)) return -1;
    const start = skipBlank(p + length);
    const column = load<u32>(KEYS + (<u32>k << 3));
    const span = SPANS + 12 * column;
    if (load<i32>(span, 4) != -1) return -1;
    store<i32>(span, k, 8);
    const end = value(start, load<u32>(KEYS + (<u32>k << 3), 4), column);
    if (end < 0) return -1;
    store<i32>(span, end - <i32>base, 4);
    if (load<u8>(start) != N) store<i32>(span, <i32>(start - base));
    p = skipBlank(<u32>end);
    const c = load<u8>(p);
    if (c == CLOSE_BRACE) return <i32>(p + 1 - base);
    if (c != COMMA) return -1;
    p = skipBlank(p + 1);
  }
}

/** vouch() and, if it takes the run, add(): the block offset after the run, -1 if declined, -2 if the rows are full (the run vouched for, its end in `vouched`, not added). */
export function vouchAdd(p: u32, limit: u32): i32 {
  const end = vouch(p, limit);
  if (end < 0) return end;
  vouched = end;
  return add(p - base, <u32>end) ? end : -2;
}

/**
 * Appends the run whose spans and values are in SPANS and VALUES, from the object at block offsets
 * `[at, end)`, as ColumnRows.add does: false, adding nothing, if the rows have no room for it.
 */
export function add(at: u32, end: u32): bool {
  if (count == capacity || written + experimentLength + 2 * (end - at) + 64 > room) return false;
  for (let j: u32 = 0; j < numberColumns; j++) {
    const column = load<u32>(NUMBER_COLUMNS + (j << 2));
    let v: f64 = NaN;
    if (load<i32>(SPANS + 12 * column) < 0) nulls |= 1 << j;
    else v = load<f64>(VALUES + (column << 3));
    store<f64>(numbers + ((j * capacity + count) << 3), v);
  }
  let o = written;
  o = copy(o, EXPERIMENT, experimentLength);
  store<u8>(o++, COMMA);
  const path = load<i32>(SPANS + (dataPath << 2));
  if (path >= 0) {
    store<u8>(o++, QUOTE);
    for (let j = <u32>path + base + 1; ; j++) {
      const c = load<u8>(j);
      if (c == SLASH || c == QUOTE) break;
      store<u8>(o++, c);
    }
    store<u8>(o++, QUOTE);
  }
  for (let k: u32 = 0; k < stringColumns; k++) {
    store<u8>(o++, COMMA);
    const span = load<u32>(STRING_SPANS + (k << 2));
    const start = load<i32>(SPANS + (span << 2)), stop = load<i32>(SPANS + (span << 2), 4);
    if (start >= 0) o = copy(o, <u32>start + base, <u32>(stop - start));
  }
  store<u8>(o++, LF);
  written = o;
  count++;
  return true;
}

/** Copies `length` bytes from `from` to `to`, eight at a time (writing up to seven past the end): the offset after them at `to`. */
// @ts-ignore: decorator
@inline function copy(to: u32, from: u32, length: u32): u32 {
  for (let j: u32 = 0; j < length; j += 8) store<u64>(to + j, load<u64>(from + j));
  return to + length;
}

// @ts-ignore: decorator
@inline function skipBlank(p: u32): u32 {
  while (true) {
    const c = load<u8>(p);
    if (c != SPACE && c != LF && c != TAB && c != CR) return p;
    p++;
  }
}

/** The key the text at `p` may be (see keyTree), or -1. */
// @ts-ignore: decorator
@inline function pick(p: u32): i32 {
  let v: i32 = 0;
  do v = load<i32>(TREE + ((<u32>v << 8) + load<u8>(p + load<u32>(TREE_OFFSETS + (<u32>v << 2)))) * 4);
  while (v > 0);
  return -v - 1;
}

/** Whether the `length` bytes at `p` are the gap at `gap`, compared eight at a time. */
// @ts-ignore: decorator
@inline function sameGap(p: u32, gap: u32, length: u32): bool {
  let j: u32 = 0;
  for (; j + 8 <= length; j += 8) if (load<u64>(p + j) != load<u64>(gap + j)) return false;
  if (j == length) return true;
  const mask: u64 = (<u64>1 << (<u64>(length - j) * 8)) - 1;
  return ((load<u64>(p + j) ^ load<u64>(gap + j)) & mask) == 0;
}

// @ts-ignore: decorator
@inline function value(p: u32, kind: u32, column: u32): i32 {
  const c = load<u8>(p);
  if (c == N) return load<u8>(p + 1) == 117 && load<u8>(p + 2) == 108 && load<u8>(p + 3) == 108 ? <i32>(p + 4) : -1;
  if (kind == 0) return c == QUOTE ? stringEnd(p + 1) : -1;
  return number(p, kind == 1, column);
}

/** The offset after the closing quote of the string whose text starts at `p`, or -1 at an escape or control character; 16 bytes at a time. */
function stringEnd(p: u32): i32 {
  const quote = i8x16.splat(<i8>QUOTE), backslash = i8x16.splat(<i8>BACKSLASH), space = i8x16.splat(<i8>SPACE);
  while (true) {
    const v = v128.load(p);
    const mask = i8x16.bitmask(v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.lt_u(v, space)));
    if (mask != 0) {
      const at = p + ctz<u32>(mask);
      return load<u8>(at) == QUOTE ? <i32>(at + 1) : -1;
    }
    p += 16;
  }
}

/**
 * vouchRun's number(), with the same answers: its digits are summed as an integer, exact, where
 * vouchRun sums them as a double, also exact while below 2^53 (beyond, both leave the number to
 * Number()); -1 where vouchRun would call Number() or refuse.
 */
function number(p: u32, integer: bool, column: u32): i32 {
  const negative = load<u8>(p) == MINUS;
  if (negative) p++;
  const first = p;
  let m: u64 = 0;
  let d = <u32>load<u8>(p) - ZERO;
  if (d == 0) p++;
  else if (d <= 9) {
    m = d;
    while ((d = <u32>load<u8>(++p) - ZERO) <= 9) m = 10 * m + d;
  } else return -1;
  let digits = <i32>(p - first);
  let c = load<u8>(p);
  if (c != DOT && c != E && c != SMALL_E) {
    if (digits > 15) return -1;
    const v = <f64>m;
    store<f64>(VALUES + (column << 3), negative ? -v : v);
    return <i32>p;
  }
  if (integer) return -1;
  let scale: i32 = 0;
  if (c == DOT) {
    const from = ++p;
    while ((d = <u32>load<u8>(p) - ZERO) <= 9) {
      m = 10 * m + d;
      p++;
    }
    if (p == from) return -1;
    digits += <i32>(p - from);
    scale = <i32>(p - from);
  }
  c = load<u8>(p);
  if (c == E || c == SMALL_E) {
    const minus = load<u8>(++p) == MINUS;
    if (minus || load<u8>(p) == PLUS) p++;
    const from = p;
    let exponent: i32 = 0;
    while ((d = <u32>load<u8>(p) - ZERO) <= 9) {
      exponent = 10 * exponent + <i32>d;
      p++;
    }
    if (p == from || p - from > 2) return -1;
    scale += minus ? exponent : -exponent;
  }
  // More than 19 digits may have overflowed m: vouchRun refuses them too.
  if (digits > 19 || m >= 9007199254740992 || scale < -22 || scale > 22) return -1;
  const v = scale >= 0 ? <f64>m / load<f64>(POWERS + (<u32>scale << 3)) : <f64>m * load<f64>(POWERS + (<u32>-scale << 3));
  store<f64>(VALUES + (column << 3), negative ? -v : v);
  return <i32>p;
}

/** The line ends (\n) in the block offsets `[from, to)`, sixteen bytes at a time. */
export function countLines(from: u32, to: u32): u32 {
  let p = from + base, n: u32 = 0;
  const end = to + base, lf = i8x16.splat(<i8>LF);
  for (; p + 16 <= end; p += 16) n += popcnt<u32>(i8x16.bitmask(i8x16.eq(v128.load(p), lf)));
  for (; p < end; p++) n += <u32>(load<u8>(p) == LF);
  return n;
}

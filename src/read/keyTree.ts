/**
 * A decision tree over a set of keys (see keyTree): node n looks at the byte `offsets[n]` past the
 * start of a text; `children[256 * n + byte]` is the next node (> 0), the key -v - 1 (< 0), or none (0).
 */
export interface KeyTree {
  offsets: Int32Array;
  children: Int32Array;
  /** How far past the start of a text picking may read. */
  depth: number;
}

/**
 * A decision tree over the texts of `keys` (without quotes): each node looks at the byte at one
 * offset of the text, chosen to split the keys it holds most ways (a key's closing quote counts as
 * its byte just past its end), until one key is left. Picking costs a byte read or two per key,
 * whatever the key order; the key picked must still be compared whole, as other text may lead to it.
 */
export function keyTree(keys: Uint8Array[]): KeyTree {
  const offsets: number[] = [], children: number[] = [];
  const byteAt = (key: Uint8Array, at: number) => (at < key.length ? key[at] : QUOTE);
  const node = (at: number) => {
    offsets.push(at), children.push(...new Array<number>(256).fill(0));
    return offsets.length - 1;
  };
  const grow = (held: number[], n: number) => {
    const shortest = Math.min(...held.map((k) => keys[k].length));
    let best = 0, ways = 0;
    for (let at = 0; at <= shortest; at++) {
      const count = new Set(held.map((k) => byteAt(keys[k], at))).size;
      if (count > ways) (best = at), (ways = count);
    }
    offsets[n] = best;
    const groups = new Map<number, number[]>();
    for (const k of held) {
      const byte = byteAt(keys[k], best);
      (groups.get(byte) ?? groups.set(byte, []).get(byte)!).push(k);
    }
    for (const [byte, group] of groups) children[256 * n + byte] = group.length === 1 ? -group[0] - 1 : grow(group, node(0));
    return n;
  };
  const root = node(0);
  if (keys.length === 1) children.fill(-1);
  else if (keys.length > 1) grow(keys.map((_, k) => k), root);
  return {offsets: Int32Array.from(offsets), children: Int32Array.from(children), depth: Math.max(...offsets) + 1};
}

/** The key of `tree` the text at `b[start]` may be, or -1 if none; the caller compares it whole. */
export function pickKey({offsets, children}: KeyTree, b: Uint8Array, start: number): number {
  let v = 0;
  do v = children[256 * v + b[start + offsets[v]]];
  while (v > 0);
  return -v - 1;
}

const QUOTE = 34;

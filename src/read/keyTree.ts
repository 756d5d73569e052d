/** A tree that picks, of a set of keys, the one a text may be by a few of its bytes (see keyTree). */
export interface KeyTree {
  /** The key `b` at `start` may be (its index in the set), or -1 if it is none of them; the caller compares it whole. */
  pick(b: Uint8Array, start: number): number;
  /** How far past `start` pick may read. */
  depth: number;
}

/**
 * A decision tree over the texts of `keys` (without quotes): each node looks at the byte at one
 * offset of the text, chosen to split the keys it holds most ways (a key's closing quote counts as
 * its byte just past its end), until one key is left. It costs a byte read or two per key, whatever
 * the key order; the key picked must still be compared whole, as bytes of other text may lead to it.
 */
export function keyTree(keys: Uint8Array[]): KeyTree {
  // children[256 * n + byte]: 0 for none, > 0 for node n, < 0 for key -v - 1.
  const offsets: number[] = [], children: number[] = [];
  const byteAt = (key: Uint8Array, at: number) => (at < key.length ? key[at] : QUOTE);
  const grow = (held: number[]): number => {
    if (held.length === 1) return -held[0] - 1;
    const shortest = Math.min(...held.map((k) => keys[k].length));
    let best = 0, ways = 0;
    for (let at = 0; at <= shortest; at++) {
      const n = new Set(held.map((k) => byteAt(keys[k], at))).size;
      if (n > ways) (best = at), (ways = n);
    }
    const node = offsets.length;
    offsets.push(best), children.push(...new Array<number>(256).fill(0));
    const groups = new Map<number, number[]>();
    for (const k of held) {
      const byte = byteAt(keys[k], best);
      (groups.get(byte) ?? groups.set(byte, []).get(byte)!).push(k);
    }
    for (const [byte, group] of groups) children[256 * node + byte] = grow(group);
    return node;
  };
  if (keys.length === 0) return {pick: () => -1, depth: 0};
  const root = grow(keys.map((_, k) => k));
  if (root < 0) return {pick: () => -root - 1, depth: 0};
  const at = Int32Array.from(offsets), table = Int32Array.from(children);
  return {
    pick(b, start) {
      let v = 0;
      do v = table[256 * v + b[start + at[v]]];
      while (v > 0);
      return -v - 1;
    },
    depth: Math.max(...offsets) + 1,
  };
}

const QUOTE = 34;

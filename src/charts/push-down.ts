/**
 * Moves each item, in the given order, down past the items before it that it clashes with (a clash being within
 * `height` above or below and overlapping its span), until it clashes with none. Placed items are kept in a grid of
 * cells, so an item is compared with its neighbours only, not with every item placed before it.
 */
export function pushDown<T extends {y: number}>(
  items: Iterable<T>,
  span: (item: T) => readonly [number, number],
  clash: (item: T, placed: T) => boolean,
  height: number
): void {
  const placed: T[] = [];
  const grid = new Map<string, T[]>();
  // Items that fit no cell (spans of many columns, or not finite) are compared with every item, and every item with them.
  const everywhere: T[] = [];
  for (const item of items) {
    for (let near = clashes(item); near.length; near = clashes(item)) item.y = Math.max(...near.map((p) => p.y)) + height;
    const cells = cellsOf(item, 0);
    if (cells) for (const key of cells) (grid.get(key) ?? grid.set(key, []).get(key)!).push(item);
    else everywhere.push(item);
    placed.push(item);
  }

  function clashes(item: T): T[] {
    const cells = cellsOf(item, 2);
    if (!cells) return placed.filter((p) => clash(item, p));
    const near = new Set(everywhere);
    for (const key of cells) for (const p of grid.get(key) ?? []) near.add(p);
    return Array.from(near).filter((p) => clash(item, p));
  }

  // The cells an item occupies (margin 0), or where its clashes can be (margin 2: float rounding never matters).
  function cellsOf(item: T, margin: number): string[] | null {
    const [x0, x1] = span(item);
    const i0 = Math.floor(Math.min(x0, x1) / COLUMN) - Math.sign(margin), i1 = Math.floor(Math.max(x0, x1) / COLUMN) + Math.sign(margin);
    const row = Math.floor(item.y / height);
    if (!(Number.isFinite(i0) && Number.isFinite(i1) && Number.isFinite(row) && i1 - i0 <= MAX_COLUMNS)) return null;
    const keys: string[] = [];
    for (let i = i0; i <= i1; ++i) for (let j = row - margin; j <= row + margin; ++j) keys.push(`${i},${j}`);
    return keys;
  }
}

const COLUMN = 64;
const MAX_COLUMNS = 64;

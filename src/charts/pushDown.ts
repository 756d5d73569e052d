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
  // Cells by number; two cells sharing a number only widen the candidates, which the clash test then sorts out.
  const grid = new Map<number, T[]>();
  // Items that fit no cell (spans of many columns, or not finite) are compared with every item, and every item with them.
  const everywhere: T[] = [];
  for (const item of items) {
    for (let near = clashes(item); near.length; near = clashes(item)) {
      const below = Math.max(...near.map((p) => p.y)) + height;
      // Rounding can leave an item exactly one height below another still "within" it: touching, not overlapping.
      if (!(below > item.y)) break;
      item.y = below;
    }
    if (!forCells(item, 0, (key) => (grid.get(key) ?? grid.set(key, []).get(key)!).push(item))) everywhere.push(item);
    placed.push(item);
  }

  function clashes(item: T): T[] {
    const near = everywhere.filter((p) => clash(item, p));
    const found = forCells(item, 2, (key) => {
      for (const p of grid.get(key) ?? []) if (clash(item, p)) near.push(p);
    });
    return found ? near : placed.filter((p) => clash(item, p));
  }

  // Calls back with each cell an item occupies (margin 0), or where its clashes can be (margin 2: float rounding never
  // matters); false, calling nothing, when it fits no cell.
  function forCells(item: T, margin: number, callback: (key: number) => void): boolean {
    const [x0, x1] = span(item);
    const i0 = Math.floor(Math.min(x0, x1) / COLUMN) - Math.sign(margin), i1 = Math.floor(Math.max(x0, x1) / COLUMN) + Math.sign(margin);
    const row = Math.floor(item.y / height);
    if (!(Number.isFinite(i0) && Number.isFinite(i1) && Number.isFinite(row) && i1 - i0 <= MAX_COLUMNS)) return false;
    for (let i = i0; i <= i1; ++i) for (let j = row - margin; j <= row + margin; ++j) callback(i * 1_048_576 + j);
    return true;
  }
}

const COLUMN = 64;
const MAX_COLUMNS = 64;

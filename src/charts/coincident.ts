import type * as Plot from "@observablehq/plot";
import {pushDown} from "./pushDown";

export interface Point {
  x: number;
  y: number;
}

export interface RowPlacement {
  /** The pixel centre of the group's row of dots. */
  x: number;
  y: number;
  /** Pixels from the centre to the row's ends. */
  halfWidth: number;
}

/** Groups points whose values agree to six significant digits, in the order of their first member. */
export function coincidentGroups<T extends Point>(points: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const p of points) {
    const key = `${p.x.toPrecision(6)},${p.y.toPrecision(6)}`;
    const members = groups.get(key);
    if (members) members.push(p);
    else groups.set(key, [p]);
  }
  return Array.from(groups.values());
}

/**
 * Places each group as a horizontal row of dots centred on its point; a row that would overlap a row above it moves
 * down just enough to clear it, so nearly coincident groups stay apart (by a few pixels, not a data unit).
 */
export function rowPlacements(groups: readonly Point[][], scales: Plot.ScaleFunctions, r: number, spacing: number): RowPlacement[] {
  const rows = groups.map((members) => ({
    x: scales.x!(members[0].x) as number,
    y: scales.y!(members[0].y) as number,
    halfWidth: ((members.length - 1) / 2) * spacing + r
  }));
  const height = 2 * r + 1;
  pushDown(
    [...rows].sort((a, b) => a.y - b.y || a.x - b.x),
    (row) => [row.x - row.halfWidth, row.x + row.halfWidth],
    (row, p) => Math.abs(p.x - row.x) < p.halfWidth + row.halfWidth && Math.abs(p.y - row.y) < height,
    height
  );
  return rows;
}

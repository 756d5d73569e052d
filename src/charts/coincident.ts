export interface Point {
  x: number;
  y: number;
}

/**
 * Groups points whose values agree to six significant digits, in the order of their first member: a scatter draws
 * each group as one mark at its values, never spread along a data axis.
 */
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

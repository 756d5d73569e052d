import pl from "nodejs-polars";

/**
 * From an all-pairs comparison (compareGroups with mode "all pairs"), per metric, the groups no test tells apart:
 * groups joined by `~` verdicts, directly or through others, in order of their first member. `every_pair_alike`
 * says whether each pair inside is `~` itself; when it is false, A ~ B and B ~ C while A and C differ.
 */
export function alikeGroups(comparisons: pl.DataFrame, {by = "experiment"}: {by?: string} = {}): pl.DataFrame {
  const rows: {metric: string; group: number; members: string; size: number; every_pair_alike: boolean}[] = [];
  const records = comparisons.select("metric", "baseline", by, "verdict").toRecords() as Record<string, string>[];
  const metrics = [...new Set(records.map((r) => r.metric))];
  for (const metric of metrics) {
    const mine = records.filter((r) => r.metric === metric);
    const order: string[] = [];
    const parent = new Map<string, string>();
    const find = (a: string): string => (parent.get(a) === a ? a : (parent.set(a, find(parent.get(a)!)), parent.get(a)!));
    for (const r of mine) for (const name of [r.baseline, r[by]]) if (!parent.has(name)) parent.set(name, name), order.push(name);
    const alike = new Set<string>();
    for (const r of mine) {
      if (r.verdict !== "~") continue;
      alike.add(key(r.baseline, r[by]));
      const [a, b] = [find(r.baseline), find(r[by])];
      if (a !== b) parent.set(order.indexOf(a) < order.indexOf(b) ? b : a, order.indexOf(a) < order.indexOf(b) ? a : b);
    }
    const members = new Map<string, string[]>();
    for (const name of order) (members.get(find(name)) ?? members.set(find(name), []).get(find(name))!).push(name);
    let group = 0;
    for (const list of members.values()) {
      const every = list.every((a, i) => list.slice(i + 1).every((b) => alike.has(key(a, b))));
      rows.push({metric, group: ++group, members: list.join(", "), size: list.length, every_pair_alike: every});
    }
  }
  return pl.DataFrame({
    metric: pl.Series("metric", rows.map((r) => r.metric), pl.Utf8),
    group: pl.Series("group", rows.map((r) => r.group), pl.Int64),
    members: pl.Series("members", rows.map((r) => r.members), pl.Utf8),
    size: pl.Series("size", rows.map((r) => r.size), pl.Int64),
    every_pair_alike: pl.Series("every_pair_alike", rows.map((r) => r.every_pair_alike), pl.Bool),
  });
}

function key(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

import pl from "nodejs-polars";
import {partitionSize} from "../aggregate";
import {fixed, money} from "../format";

/**
 * The partition cost table's cost per run put beside what a run buys: per partition its size in MB,
 * Requests, Cost ($) per run, Cost per MB ($) and Total ($) for all its runs; null where the lookup
 * has no cost.
 */
export function partitionUnitCosts(partitions: pl.DataFrame): pl.DataFrame {
  const rows = costs(partitions);
  return pl.DataFrame([
    pl.Series("partition", rows.map((r) => r.partition), pl.Utf8),
    pl.Series("size_MB", rows.map((r) => r.size), pl.Float64),
    pl.Series("Requests", rows.map((r) => r.requests), pl.Int64),
    pl.Series("Cost ($)", rows.map((r) => r.cost), pl.Float64),
    pl.Series("Cost per MB ($)", rows.map((r) => (r.cost === null || !r.size ? null : r.cost / r.size)), pl.Float64),
    pl.Series("Total ($)", rows.map((r) => (r.cost === null ? null : r.cost * r.requests)), pl.Float64),
  ]);
}

/**
 * What the partition cost table says: partitions ranked cheapest first per run and per MB, and those without a cost.
 * Dollars print as the seed's (2 decimals per run, 4 per MB), or with `money` at four significant digits, for the small
 * costs of a usage-based price model.
 */
export function cheapestPartitions(partitions: pl.DataFrame, {money: significant = false}: {money?: boolean} = {}): string[] {
  const rows = costs(partitions);
  const priced = rows.filter((r) => r.cost !== null);
  const unpriced = rows.filter((r) => r.cost === null).map((r) => r.partition ?? "null");
  const rank = (value: (r: Cost) => number | null, digits: number) =>
    priced
      .map((r) => ({name: r.partition ?? "null", value: value(r)}))
      .filter((r): r is {name: string; value: number} => r.value !== null)
      .map((r) => ({...r, text: significant ? money(r.value) : fixed(r.value, digits)}))
      // Ties as printed keep the table's order (by size), not the order of float noise.
      .sort((a, b) => Number(a.text) - Number(b.text))
      .map((r) => `${r.name} $${r.text}`)
      .join(", ");
  if (priced.length === 0) return ["no partition has a cost in the lookup"];
  return [
    `per run, cheapest first: ${rank((r) => r.cost, 2)}`,
    `per MB, cheapest first: ${rank((r) => (r.size ? r.cost! / r.size : null), 4)}`,
    ...(unpriced.length > 0 ? [`no cost in the lookup: ${unpriced.join(", ")}`] : []),
  ];
}

interface Cost {
  partition: string | null;
  size: number | null;
  requests: number;
  cost: number | null;
}

function costs(partitions: pl.DataFrame): Cost[] {
  return (partitions.toRecords() as Record<string, unknown>[]).map((r) => {
    const partition = r.partition == null ? null : String(r.partition);
    return {
      partition,
      size: partition === null ? null : partitionSize(partition),
      requests: Number(r.Requests),
      cost: typeof r["Cost ($)"] === "number" && Number.isFinite(r["Cost ($)"]) ? (r["Cost ($)"] as number) : null,
    };
  });
}

import type {Tables} from "./measure";

/**
 * Differences between the project's tables and the pandas reference's: counts, labels and rounded
 * values must be equal, means equal to a relative 1e-9 (the two sum in different orders).
 */
export function compareTables(ours: Tables, reference: Tables): string[] {
  return [...compareRows("summary", "experiment", ours.summary, reference.summary), ...compareRows("partition table", "partition", ours.partitions, reference.partitions)];
}

function compareRows(table: string, key: string, ours: Record<string, unknown>[], reference: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  if (ours.length !== reference.length) problems.push(`${table}: ${ours.length} rows, pandas ${reference.length}`);
  ours.forEach((row, i) => {
    const other = reference[i] ?? {};
    for (const [column, value] of Object.entries(row)) {
      if (!same(value, other[column])) problems.push(`${table}, ${row[key]}, ${column}: ${value} vs pandas ${other[column]}`);
    }
  });
  return problems;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

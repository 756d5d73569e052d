import {expect} from "chai";
import type pl from "nodejs-polars";

/** Asserts a frame has exactly these columns, in this order, with these values; prints both when not. */
export function expectFrame(actual: pl.DataFrame, expected: Record<string, unknown[]>): void {
  const columns = Object.fromEntries(actual.columns.map((name) => [name, actual.getColumn(name).toArray()]));
  expect(columns, `frame:\n${actual.toString()}\n`).to.deep.equal(expected);
}

/** The records of a frame, as plain objects. */
export function records(df: pl.DataFrame): Record<string, unknown>[] {
  return df.toRecords() as Record<string, unknown>[];
}

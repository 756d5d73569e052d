import pl from "nodejs-polars";
import type {RunKeys} from "./runKeys";

/**
 * Reads `runs` vouched run objects, one per line of `b[start, end)` (every other line blanked), with
 * polars' newline-delimited JSON reader: one column per key, named as in the file. Polars takes the
 * column types from the first line only, so a template line naming every key of the block with a
 * value of its column's kind is written into the free bytes before `start`. Returns undefined if
 * polars refuses the lines or does not read exactly `runs` rows.
 */
export function readRunLines(b: Buffer, start: number, end: number, runs: number, keys: RunKeys): pl.DataFrame | undefined {
  const used = keys.used;
  if (used.length === 0) return pl.DataFrame([pl.Series("__none", new Array(runs).fill(null), pl.Float64)]);
  const template = Buffer.from(`{${used.map((k) => `${JSON.stringify(keys.names[k])}: ${SAMPLE[keys.kinds[k]]}`).join(", ")}}\n`);
  let text: Buffer;
  if (template.length <= start) text = b.subarray(start - template.length, end), template.copy(text);
  else text = Buffer.concat([template, b.subarray(start, end)]);
  let rows: pl.DataFrame;
  try {
    rows = pl.readJSON(text, {format: "lines", inferSchemaLength: 1});
  } catch {
    return undefined;
  }
  return rows.height === runs + 1 ? rows.slice(1, runs) : undefined;
}

const SAMPLE = {int: "0", float: "0.5", string: '""'};

import type {RunKeys} from "./runKeys";

/**
 * The values of a vouched run's columns whose key needs a unit converted, by column index (see
 * vouchRun's `spans` and `values`), each told to `note` with its key and value as written, in the
 * order of the keys in the object, as the exact parser notes them. Undefined if there are none.
 */
export function convertedValues(keys: RunKeys, spans: Int32Array, values: Float64Array, note: (key: number, value: number) => void): Map<number, number> | undefined {
  let found: Map<number, number> | undefined;
  const columns: number[] = [];
  for (let c = 0; c < spans.length; c += 3) {
    const unit = keys.units[spans[c + 2]];
    if (spans[c] >= 0 && (unit.multiply !== 1 || unit.divide !== 1)) columns.push(c);
  }
  columns.sort((x, y) => spans[x] - spans[y]);
  for (const c of columns) {
    const unit = keys.units[spans[c + 2]], value = values[c / 3];
    note(spans[c + 2], value);
    (found ??= new Map()).set(c / 3, (value * unit.multiply) / unit.divide);
  }
  return found;
}

import pl from "nodejs-polars";
import {runColumns} from "../schema";
import {NUMBER_COLUMNS, STRING_COLUMNS, type ColumnParts} from "./columnRows";
import {COLUMNS} from "./runKeys";
import {stringRows} from "./stringRows";

/**
 * The frame of experiment, partition and the typed run columns of rows made by ColumnRows. Polars
 * refusing the strings is a bug to report, not hide: `refused` is told, and they are decoded here.
 * Each Series costs polars about a millisecond whatever its length: rows are best given in bulk.
 */
export function columnFrame({strings, numbers, capacity, count, nulls}: ColumnParts, refused: () => void): pl.DataFrame {
  let text: pl.DataFrame | undefined;
  try {
    text = pl.readCSV(Buffer.from(strings.buffer, strings.byteOffset, strings.byteLength), {hasHeader: false, schema: SCHEMA, sep: ",", quoteChar: '"', missingIsNull: true, rechunk: false});
  } catch {
    text = undefined;
  }
  if (text?.height !== count) refused(), (text = stringRows(strings));
  const columns = new Map(text.getColumns().map((series) => [series.name, series]));
  const nan: string[] = [];
  NUMBER_COLUMNS.forEach((column, j) => {
    const series = pl.Series(column, numbers.subarray(j * capacity, j * capacity + count));
    // NaN stands for null: a cast to integers makes it null, floats need it said.
    if (runColumns[column] === "int") columns.set(column, series.cast(pl.Int64));
    else columns.set(column, series), nulls & (1 << j) && nan.push(column);
  });
  const frame = pl.DataFrame(ORDER.map((column) => columns.get(column)!));
  return nan.length > 0 ? frame.withColumns(...nan.map((column) => pl.col(column).fillNan(null))) : frame;
}

const SCHEMA = {experiment: pl.Utf8, partition: pl.Utf8, ...Object.fromEntries(STRING_COLUMNS.map((column) => [column, pl.Utf8]))};
const ORDER = ["experiment", "partition", ...COLUMNS];

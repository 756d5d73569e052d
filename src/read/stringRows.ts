import pl from "nodejs-polars";
import {STRING_COLUMNS} from "./columnRows";

/**
 * The string columns of ColumnRows' CSV rows (experiment, partition, then STRING_COLUMNS), decoded
 * here rather than by polars: the way out should polars ever refuse them. A quoted field is a
 * JSON string without escapes, so its text is all between its quotes; an empty field is null.
 */
export function stringRows(csv: Uint8Array): pl.DataFrame {
  const b = Buffer.from(csv.buffer, csv.byteOffset, csv.byteLength);
  const columns: (string | null)[][] = NAMES.map(() => []);
  for (let i = 0; i < b.length; ) {
    for (let c = 0; c < NAMES.length; c++, i++) {
      if (b[i] === QUOTE) {
        const close = b.indexOf(QUOTE, i + 1);
        columns[c].push(b.toString("utf8", i + 1, close));
        i = close + 1;
        continue;
      }
      let j = i;
      while (j < b.length && b[j] !== COMMA && b[j] !== LF) j++;
      columns[c].push(j > i ? b.toString("latin1", i, j) : null);
      i = j;
    }
  }
  return pl.DataFrame(NAMES.map((name, c) => pl.Series(name, columns[c], pl.Utf8)));
}

const NAMES = ["experiment", "partition", ...STRING_COLUMNS];
const QUOTE = 34, COMMA = 44, LF = 10;

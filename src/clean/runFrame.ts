import pl from "nodejs-polars";
import type {Section} from "../parse";
import {runColumns, type RunColumn} from "../schema";
import {coerce} from "./coerce";
import {columnName} from "./columnName";
import type {RunNotes} from "./runNotes";

/**
 * The runs of these sections as a frame: experiment, partition (first segment of data_path), then
 * every run variable in a typed column (missing ones null).
 */
export function runFrame(sections: Pick<Section, "experiment" | "runs">[], notes: RunNotes): pl.DataFrame {
  const height = sections.reduce((n, s) => n + s.runs.length, 0);
  const columns = new Map<RunColumn, (number | string | null)[]>();
  for (const name of Object.keys(runColumns) as RunColumn[]) columns.set(name, new Array(height).fill(null));
  const experiment: string[] = new Array(height);
  let row = 0;
  for (const {experiment: name, runs} of sections) {
    for (const run of runs) {
      experiment[row] = name;
      const seen = new Set<RunColumn>();
      for (const key of Object.keys(run)) {
        const column = columnName(key);
        if (column === undefined) {
          notes.unknownKey(key, name);
          continue;
        }
        if (seen.has(column)) notes.coerced(name, column, "repeated key, last used", key);
        seen.add(column);
        const {value, kind} = coerce(run[key], runColumns[column]);
        columns.get(column)![row] = value;
        if (kind) notes.coerced(name, column, kind, run[key]);
      }
      row++;
    }
  }
  const dataPath = columns.get("data_path") as (string | null)[];
  return pl.DataFrame([
    pl.Series("experiment", experiment, pl.Utf8),
    pl.Series("partition", dataPath.map((path) => (path === null ? null : path.split("/")[0])), pl.Utf8),
    ...[...columns].map(([name, values]) => pl.Series(name, values, RUN_DTYPES[runColumns[name]])),
  ]);
}

/** The polars type of each kind of run column. */
export const RUN_DTYPES = {int: pl.Int64, float: pl.Float64, string: pl.Utf8};

import pl from "nodejs-polars";
import {runColumns} from "../../src/schema";

/** A tiny runs frame: the given columns, every other run variable null. */
export function runsFrame(columns: {experiment: string[]} & Partial<Record<string, (number | string | null)[]>>): pl.DataFrame {
  const height = columns.experiment.length;
  const nulls = () => new Array(height).fill(null);
  const dataPath = columns.data_path ?? nulls();
  return pl.DataFrame([
    pl.Series("index", Array.from({length: height}, (_, i) => i), pl.Int64),
    pl.Series("experiment", columns.experiment, pl.Utf8),
    pl.Series("partition", dataPath.map((p) => (p === null ? null : String(p).split("/")[0])), pl.Utf8),
    ...Object.entries(runColumns).map(([name, kind]) =>
      pl.Series(name, columns[name] ?? nulls(), kind === "int" ? pl.Int64 : kind === "float" ? pl.Float64 : pl.Utf8),
    ),
  ]);
}

import pl from "nodejs-polars";
import {keyUnit, REPEATED_KEYS, ResultsError, type KeyUnit, type RunRecord} from "../parse";
import {runColumns, type RunColumn} from "../schema";
import {coerce} from "./coerce";
import type {RunNotes} from "./runNotes";

/**
 * Run objects gathered one at a time into the columns of the runs frame: each value coerced to its
 * column's kind and converted from its key's unit, every change taken down in `notes`.
 */
export class RunRows {
  private readonly columns = new Map<RunColumn, (number | string | null)[]>(COLUMNS.map((name) => [name, []]));
  private readonly experiments: string[] = [];

  constructor(private readonly notes: RunNotes) {}

  get height(): number {
    return this.experiments.length;
  }

  add(experiment: string, run: RunRecord): void {
    const row = this.experiments.length;
    this.experiments.push(experiment);
    for (const values of this.columns.values()) values.push(null);
    const seen = new Set<RunColumn>();
    const repeated = (run as {[REPEATED_KEYS]?: string[]})[REPEATED_KEYS];
    for (const key of Object.keys(run)) {
      const unit = unitOf(key, experiment);
      if (unit === undefined) {
        this.notes.unknownKey(key, experiment);
        continue;
      }
      const {column} = unit;
      if (seen.has(column) || repeated?.includes(key)) this.notes.coerced(experiment, column, "repeated key, last used", key);
      seen.add(column);
      const {value, kind} = coerce(run[key], runColumns[column]);
      if (kind) this.notes.coerced(experiment, column, kind, run[key]);
      this.columns.get(column)![row] = typeof value === "number" && unit.unit ? converted(value, unit, experiment, this.notes, run[key]) : value;
    }
  }

  /** experiment, partition (first segment of data_path), then every run variable in a typed column. */
  frame(): pl.DataFrame {
    const dataPath = this.columns.get("data_path") as (string | null)[];
    return pl.DataFrame([
      pl.Series("experiment", this.experiments, pl.Utf8),
      pl.Series("partition", dataPath.map((path) => (path === null ? null : path.split("/")[0])), pl.Utf8),
      ...[...this.columns].map(([name, values]) => pl.Series(name, values, RUN_DTYPES[runColumns[name]])),
    ]);
  }
}

/** The polars type of each kind of run column. */
export const RUN_DTYPES = {int: pl.Int64, float: pl.Float64, string: pl.Utf8};

const COLUMNS = Object.keys(runColumns) as RunColumn[];
const units = new Map<string, KeyUnit | string | undefined>();

function unitOf(key: string, experiment: string): KeyUnit | undefined {
  const unit = units.get(key) ?? (units.has(key) ? undefined : units.set(key, keyUnit(key)).get(key));
  // The parsers refuse an unknown unit with its line; runs made by hand get it without one.
  if (typeof unit === "string") throw new ResultsError(unit, {experiment});
  return unit;
}

/** A value in the analysis unit; the same arithmetic as the fast path's (see convertedValues). */
function converted(value: number, unit: KeyUnit, experiment: string, notes: RunNotes, original: unknown): number {
  if (unit.multiply === 1 && unit.divide === 1) return value;
  notes.coerced(experiment, unit.column, `converted from ${unit.unit}`, original);
  return (value * unit.multiply) / unit.divide;
}

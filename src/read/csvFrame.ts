import pl from "nodejs-polars";
import {RUN_DTYPES} from "../clean";
import {runColumns} from "../schema";
import {COLUMNS} from "./runKeys";

/** Reads `count` rows written by CsvRows into a frame of experiment, partition and the typed run columns; undefined if polars refuses them. */
export function csvFrame(csv: Buffer, count: number): pl.DataFrame | undefined {
  try {
    const frame = pl.readCSV(csv, {hasHeader: false, schema: SCHEMA, sep: ",", quoteChar: '"', missingIsNull: true, rechunk: true});
    return frame.height === count ? frame : undefined;
  } catch {
    return undefined;
  }
}

const SCHEMA = {experiment: pl.Utf8, partition: pl.Utf8, ...Object.fromEntries(COLUMNS.map((column) => [column, RUN_DTYPES[runColumns[column]]]))};

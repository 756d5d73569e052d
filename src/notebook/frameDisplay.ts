import type pl from "nodejs-polars";
import type {FrameOptions} from "./frameCells";
import {frameHtml} from "./frameHtml";
import {frameText} from "./frameText";
import type {DisplayData} from "./publish";

/** Frames up to this many rows show whole when no head or tail is given; longer ones show 5 + 5, as pandas does. */
export const WHOLE_ROWS = 60;

/** A frame as one output: the HTML table and its plain-text fallback, as a bare frame at the end of a cell shows. */
export function frameDisplay(df: pl.DataFrame, options: FrameOptions = {}): DisplayData {
  const rows = options.head === undefined && options.tail === undefined && df.height <= WHOLE_ROWS ? {head: Infinity} : {};
  const frame = {...rows, ...options};
  return {data: {"text/html": frameHtml(df, frame), "text/plain": frameText(df, frame)}, metadata: {}};
}

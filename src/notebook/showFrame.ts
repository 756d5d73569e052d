import type pl from "nodejs-polars";
import type {FrameOptions} from "./frameCells";
import {frameDisplay} from "./frameDisplay";
import {publish, type DisplaySink} from "./publish";

/**
 * Displays a frame in the executing cell as one output: an HTML table with a plain-text fallback. A frame at the
 * end of a cell shows the same table; this is for the options (rows, digits, formats) or a table mid-cell.
 */
export function showFrame(df: pl.DataFrame, options: FrameOptions & {display?: DisplaySink} = {}): void {
  const {display, ...frame} = options;
  publish(frameDisplay(df, frame), display);
}

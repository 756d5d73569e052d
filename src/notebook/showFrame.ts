import type pl from "nodejs-polars";
import type {FrameOptions} from "./frameCells";
import {frameHtml} from "./frameHtml";
import {frameText} from "./frameText";
import {publish, type DisplaySink} from "./publish";

/** Displays a frame in the executing tslab cell as one output: an HTML table with a plain-text fallback. */
export function showFrame(df: pl.DataFrame, options: FrameOptions & {display?: DisplaySink} = {}): void {
  const {display, ...frame} = options;
  publish({data: {"text/html": frameHtml(df, frame), "text/plain": frameText(df, frame)}, metadata: {}}, display);
}

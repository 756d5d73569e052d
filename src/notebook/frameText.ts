import type pl from "nodejs-polars";
import {frameCells, type FrameOptions} from "./frameCells";

/** A frame as aligned plain text, the fallback of `frameHtml` for consoles and text-only viewers. */
export function frameText(df: pl.DataFrame, options?: FrameOptions): string {
  const {height, width, columns, head, tail, omitted} = frameCells(df, options);
  const shape = `shape: (${height}, ${width})`;
  if (columns.length === 0) return shape;
  const rows = [
    columns.map(({name}) => name),
    columns.map(({dtype}) => dtype),
    ...head.map((cells) => cells.map(({text}) => flat(text))),
    ...(omitted > 0 ? [columns.map(() => "…")] : []),
    ...tail.map((cells) => cells.map(({text}) => flat(text)))
  ];
  const widths = columns.map((_, i) => Math.max(...rows.map((cells) => cells[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (columns[i].numeric ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const lines = rows.map(line);
  lines.splice(2, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return [shape, ...lines].join("\n");
}

function flat(text: string) {
  return text.replace(/[\t\n\r]/g, " ");
}

import type pl from "nodejs-polars";
import {escapeHtml} from "../format";
import {frameCells, type FrameCell, type FrameOptions} from "./frameCells";

/**
 * A frame as an HTML table: shape, column names and dtypes, head and tail rows. Every string is escaped
 * and there is no stylesheet (GitHub strips `<style>`); alignment uses the `align` attribute.
 */
export function frameHtml(df: pl.DataFrame, options?: FrameOptions): string {
  const {height, width, columns, head, tail, omitted} = frameCells(df, options);
  const align = columns.map(({numeric}) => ` align="${numeric ? "right" : "left"}"`);
  const row = (cells: string[]) => `<tr>${cells.join("")}</tr>`;
  const body = (rows: FrameCell[][]) => rows.map((cells) => row(cells.map((cell, i) => `<td${align[i]}>${text(cell)}</td>`)));
  return [
    `<div class="bench-frame">`,
    `<small>shape: (${height}, ${width})</small>`,
    `<table>`,
    `<thead>`,
    row(columns.map(({name}, i) => `<th${align[i]}>${escapeHtml(name)}</th>`)),
    row(columns.map(({dtype}, i) => `<td${align[i]}><i>${escapeHtml(dtype)}</i></td>`)),
    `</thead>`,
    `<tbody>`,
    ...body(head),
    ...(omitted > 0 ? [row(columns.map((_, i) => `<td${align[i]}>…</td>`))] : []),
    ...body(tail),
    `</tbody>`,
    `</table>`,
    `</div>`
  ].join("\n");
}

function text(cell: FrameCell) {
  return cell.null ? "<i>null</i>" : escapeHtml(cell.text);
}

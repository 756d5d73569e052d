import pl from "nodejs-polars";
import {visible} from "../parse";

/**
 * A frame as CSV text the way pandas writes it: floats at full precision in their shortest exact
 * form (integral floats keep ".0"), nulls as empty fields, fields quoted only when they must be.
 * Text cells are guarded for spreadsheets as OWASP recommends: one beginning with `=`, `+`, `-`,
 * `@`, tab or CR (a formula to Excel, LibreOffice and Sheets) gets a leading `'`, and invisible or
 * reordering characters other than tab and line breaks are shown as escapes (`\u202e`); numbers, negative ones included, stay
 * numbers. `raw: true` writes every cell exactly as it is, for pipelines.
 */
export function csv(df: pl.DataFrame, {raw = false}: {raw?: boolean} = {}): string {
  const text = raw ? (s: string) => s : guard;
  const columns = df.getColumns().map((series) => {
    const float = series.dtype.equals(pl.Float64) || series.dtype.equals(pl.Float32);
    return (series.toArray() as unknown[]).map((v) => cell(v, float, text));
  });
  const lines = [df.columns.map((name) => quote(text(name))).join(",")];
  for (let i = 0; i < df.height; i++) lines.push(columns.map((c) => c[i]).join(","));
  return lines.join("\n") + "\n";
}

function cell(value: unknown, float: boolean, text: (s: string) => string): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
    return float && Number.isInteger(value) && Math.abs(value) < 1e16 ? value.toFixed(1) : String(value);
  }
  return quote(text(String(value)));
}

/** A text cell a spreadsheet will not run: formula triggers prefixed, invisible characters shown; a plain number left alone. */
function guard(text: string): string {
  if (NUMBER.test(text)) return text;
  return (/^[=+\-@\t\r]/.test(text) ? "'" : "") + visible(text, "\t\n\r");
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

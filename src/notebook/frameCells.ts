import type pl from "nodejs-polars";
import {fixed} from "../format";

export interface FrameOptions {
  /** Rows shown from the top; 5 by default. */
  head?: number;
  /** Rows shown from the bottom; 5 by default. A frame of at most head + tail rows shows whole. */
  tail?: number;
  /** Decimals of float columns; 2 by default. */
  digits?: number;
  /** Longer strings are cut with an ellipsis; 80 by default. */
  maxChars?: number;
  /** Formatters by column name, for the non-null values of that column. */
  format?: Record<string, (value: unknown) => string>;
}

export interface FrameColumn {
  name: string;
  dtype: string;
  numeric: boolean;
}

/** A formatted cell; null cells have the text "null". */
export interface FrameCell {
  text: string;
  null: boolean;
}

export interface FrameCells {
  height: number;
  width: number;
  columns: FrameColumn[];
  head: FrameCell[][];
  tail: FrameCell[][];
  /** Rows left out between head and tail. */
  omitted: number;
}

/** The head and tail of a frame as formatted text cells, with column names and short dtype names. */
export function frameCells(df: pl.DataFrame, options: FrameOptions = {}): FrameCells {
  const {head = 5, tail = 5, digits = 2, maxChars = 80, format = {}} = options;
  count("head", head);
  count("tail", tail);
  count("digits", digits);
  count("maxChars", maxChars);
  const {height, width} = df.shape;
  const variants = df.dtypes.map((dtype) => dtype.variant);
  const columns = df.columns.map((name, i) => {
    const variant = variants[i];
    return {name, dtype: shortNames[variant] ?? variant.toLowerCase(), numeric: /^(U?Int|Float|Decimal)/.test(variant)};
  });
  const whole = height <= head + tail;
  const cells = (rows: unknown[][]) =>
    rows.map((row) =>
      row.map((value, i) => {
        if (value === null || value === undefined) return {text: "null", null: true};
        const custom = format[columns[i].name];
        const text = custom ? custom(value) : formatValue(value, variants[i], digits);
        return {text: text.length > maxChars ? text.slice(0, Math.max(0, maxChars - 1)) + "…" : text, null: false};
      })
    );
  return {
    height,
    width,
    columns,
    head: cells(whole ? df.rows() : df.head(head).rows()),
    tail: whole || tail === 0 ? [] : cells(df.tail(tail).rows()),
    omitted: whole ? 0 : height - head - tail
  };
}

const shortNames: Record<string, string> = {
  Int8: "i8", Int16: "i16", Int32: "i32", Int64: "i64",
  UInt8: "u8", UInt16: "u16", UInt32: "u32", UInt64: "u64",
  Float32: "f32", Float64: "f64",
  String: "str", Utf8: "str", Categorical: "cat", Bool: "bool"
};

function formatValue(value: unknown, variant: string, digits: number): string {
  if (typeof value === "number") {
    if (!variant.startsWith("Float")) return String(value);
    if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits) return value.toPrecision(3);
    return fixed(value, digits);
  }
  if (value instanceof Date) return variant === "Date" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "string") return value;
  if (typeof value === "bigint" || typeof value === "boolean") return String(value);
  return JSON.stringify(value, (_, v) => (typeof v === "bigint" ? String(v) : v)) ?? String(value);
}

function count(name: string, value: number) {
  if (!(value >= 0) || (!Number.isInteger(value) && value !== Infinity)) throw new Error(`invalid ${name}: ${value}`);
}

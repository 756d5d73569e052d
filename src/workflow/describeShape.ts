import type {Json} from "./types";

/** A short, stable description of a value's shape: `{body: array(240)}`, `array(3)`, `string`. */
export function describeShape(value: Json | undefined, depth = 1): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value !== "object") return typeof value;
  if (depth <= 0) return "object";
  return `{${Object.entries(value).map(([k, v]) => `${k}: ${describeShape(v, depth - 1)}`).join(", ")}}`;
}

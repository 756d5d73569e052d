import type {ColumnKind} from "../schema";

/** Why a value was changed on its way into a typed column. */
export type CoercionKind = "number from string" | "NaN to null" | "not a number" | "not an integer" | "string from value" | "integer out of range" | "repeated key, last used" | `converted from ${string}`;

/** A cell's value after coercion, and the reason when it was changed. */
export type Coerced = {value: number | string | null; kind?: CoercionKind};

/**
 * Coerces one value for a column of the given kind, following pandas' `to_numeric(errors="coerce")`:
 * numbers given as strings are read, NaN and non-numbers become null. Integer columns also refuse
 * fractions, infinities and integers beyond 2^53; string columns take numbers and booleans as their text.
 */
export function coerce(value: unknown, kind: ColumnKind): Coerced {
  if (value === null || value === undefined) return {value: null};
  if (kind === "string") {
    if (typeof value === "string") return {value};
    return {value: typeof value === "object" ? JSON.stringify(value) : String(value), kind: "string from value"};
  }
  const number = toNumber(value);
  if (number.value === null || kind === "float") return number;
  if (!Number.isInteger(number.value)) return {value: null, kind: "not an integer"};
  // Beyond 2^53 a JS number is no longer exact, and polars would saturate it to the i64 limit.
  if (!Number.isSafeInteger(number.value)) return {value: null, kind: "integer out of range"};
  return number;
}

function toNumber(value: unknown): Coerced & {value: number | null} {
  if (typeof value === "number") return Number.isNaN(value) ? {value: null, kind: "NaN to null"} : {value};
  if (typeof value !== "string") return {value: null, kind: "not a number"};
  const text = value.trim();
  if (DECIMAL.test(text)) return {value: Number(text), kind: "number from string"};
  const special = SPECIAL.exec(text);
  if (!special) return {value: null, kind: "not a number"};
  if (special[2].toLowerCase() === "nan") return {value: null, kind: "NaN to null"};
  return {value: special[1] === "-" ? -Infinity : Infinity, kind: "number from string"};
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

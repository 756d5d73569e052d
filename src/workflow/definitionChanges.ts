import {isObject} from "./eachState";
import {placeOf} from "./placeOf";
import type {Definition, Json} from "./types";

/**
 * What differs between two definitions, one line per changed field, in the first definition's
 * order: `Init, OutputPath: added "$.Payload"`, `Worker, Parameters.Payload.$: "$" → "$$.Map.Item.Value"`.
 */
export function definitionChanges(before: Definition, after: Definition): string[] {
  const lines: string[] = [];
  compare(before, after, [], lines);
  return lines;
}

function compare(a: Json | undefined, b: Json | undefined, path: string[], lines: string[]): void {
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) compare(a[key], b[key], [...path, key], lines);
  } else if (a === undefined && b !== undefined) {
    lines.push(`${placeOf(path)}: added ${JSON.stringify(b)}`);
  } else if (b === undefined && a !== undefined) {
    lines.push(`${placeOf(path)}: removed ${JSON.stringify(a)}`);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    lines.push(`${placeOf(path)}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
  }
}

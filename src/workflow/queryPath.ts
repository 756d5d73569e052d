import {JSONPath} from "jsonpath-plus";
import type {Json} from "./types";

/** The value a reference path (`$.jobs`) selects in a JSON value, or undefined when it selects nothing. */
export function queryPath(path: string, json: Json): Json | undefined {
  const found = JSONPath({path, json, wrap: true}) as Json[];
  return found.length === 0 ? undefined : found.length === 1 ? found[0] : found;
}

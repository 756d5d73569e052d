import type {Json, JsonObject} from "./types";

/** A state found in a definition. */
export interface StateAt {
  name: string;
  state: JsonObject;
  /** Segments from the definition's root to the state, as in a JSON Pointer. */
  path: string[];
  /** The innermost Map state whose item processor holds this state. */
  map?: string;
}

/** Every state of a definition, depth first, including those in Map processors and Parallel branches. */
export function* eachState(definition: Json, path: string[] = [], map?: string): Generator<StateAt> {
  if (!isObject(definition) || !isObject(definition.States)) return;
  for (const [name, state] of Object.entries(definition.States)) {
    if (!isObject(state)) continue;
    const at = [...path, "States", name];
    yield {name, state, path: at, map};
    if (state.Type === "Map") {
      const field = isObject(state.ItemProcessor) ? "ItemProcessor" : "Iterator";
      yield* eachState(state[field], [...at, field], name);
    } else if (state.Type === "Parallel" && Array.isArray(state.Branches)) {
      for (const [i, branch] of state.Branches.entries()) yield* eachState(branch, [...at, "Branches", String(i)], map);
    }
  }
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

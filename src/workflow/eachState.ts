import type {Json, JsonObject} from "./types";

/** A state found in a definition. */
export interface StateAt {
  name: string;
  state: JsonObject;
  /** The innermost Map state whose item processor holds this state. */
  map?: string;
}

/** Every state of a definition, depth first, including those in Map processors and Parallel branches. */
export function* eachState(definition: Json, map?: string): Generator<StateAt> {
  if (!isObject(definition) || !isObject(definition.States)) return;
  for (const [name, state] of Object.entries(definition.States)) {
    if (!isObject(state)) continue;
    yield {name, state, map};
    if (state.Type === "Map") {
      yield* eachState(isObject(state.ItemProcessor) ? state.ItemProcessor : state.Iterator, name);
    } else if (state.Type === "Parallel" && Array.isArray(state.Branches)) {
      for (const branch of state.Branches) yield* eachState(branch, map);
    }
  }
}

/** True for a JSON object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

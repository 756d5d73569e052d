import {visible} from "./visible";

/**
 * A string quoted as JSON, with the characters a reader cannot see escaped as well (see visible), so that
 * `"Experiment\u00a07"` does not read as a header that was refused for no reason.
 */
export function quoted(text: string): string {
  return visible(JSON.stringify(text));
}

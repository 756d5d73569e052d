import {keyUnit} from "./keyUnit";

/** The first key of a run whose unit is not known, with the problem in words; undefined if there is none. */
export function unitProblem(run: Record<string, unknown>): {key: string; problem: string} | undefined {
  for (const key of Object.keys(run)) {
    const unit = keyUnit(key);
    if (typeof unit === "string") return {key, problem: unit};
  }
  return undefined;
}

/** Where a key is written in the run object at `text[start, end)`: its first occurrence, or the run's start if it is spelled with escapes. */
export function keyOffset(text: string, start: number, end: number, key: string): number {
  const at = text.indexOf(JSON.stringify(key), start);
  return at >= 0 && at < end ? at : start;
}

/** The place of a JSON Pointer's segments: the innermost state's name, then the field path inside it. */
export function placeOf(segments: readonly string[]): string {
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === "States") {
      const rest = segments.slice(i + 2).join(".");
      return rest ? `${segments[i + 1]}, ${rest}` : segments[i + 1];
    }
  }
  return segments.length ? segments.join(".") : "definition";
}

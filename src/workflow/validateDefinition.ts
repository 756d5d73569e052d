import {placeOf} from "./placeOf";
import type {Definition, Json, WorkflowProblem} from "./types";

/**
 * Schema, JSONPath-syntax and transition checks of the `asl-validator` package, the offline
 * stand-in for the console's save-time validation; the definition is not modified.
 */
export function validateDefinition(definition: Definition): WorkflowProblem[] {
  // asl-validator writes a QueryLanguage into every state it visits, hence the copy.
  const {errors} = aslValidator()(structuredClone(definition));
  return errors.map((error) => {
    const pointer = error.schemaError?.instancePath;
    if (pointer === undefined) return {check: "asl-validator", place: "definition", problem: error.Message};
    const segments = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const value = at(definition, segments);
    return {
      check: "asl-validator",
      place: placeOf(segments),
      problem: error.Message.replace(/^.* is invalid\. /, ""),
      value: typeof value === "string" ? value : undefined,
    };
  });
}

interface AslError {
  "Error code": string;
  Message: string;
  schemaError?: {instancePath: string};
}

type AslValidator = (definition: Json) => {isValid: boolean; errors: AslError[]};

function aslValidator(): AslValidator {
  return require("asl-validator") as AslValidator;
}

function at(value: Json | undefined, segments: string[]): Json | undefined {
  for (const segment of segments) {
    if (typeof value !== "object" || value === null) return undefined;
    value = Array.isArray(value) ? value[Number(segment)] : value[segment];
  }
  return value;
}

import {isObject} from "./eachState";
import {placeOf} from "./placeOf";
import type {Definition, Json, WorkflowProblem} from "./types";

/**
 * Finds `$$.Map.Item.*` outside a Map state's ItemSelector (or legacy Parameters): the only place
 * Step Functions defines it. Elsewhere, in the worker's Parameters too, it passes the syntax
 * validator and fails at run time.
 */
export function contextPathProblems(definition: Definition): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  visit(definition, [], false, problems);
  return problems;
}

function visit(value: Json, path: string[], allowed: boolean, problems: WorkflowProblem[]): void {
  const key = path[path.length - 1] ?? "";
  if (typeof value === "string") {
    if (!allowed && isPathField(key) && /\$\$\.Map\.Item\b/.test(value)) {
      problems.push({check: "context-path", place: placeOf(path), problem: "$$.Map.Item outside the Map's ItemSelector", value});
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, String(i)], allowed, problems));
  } else if (isObject(value)) {
    for (const [name, child] of Object.entries(value)) {
      if (key === "States" && isObject(child)) {
        // Each state decides afresh: only a Map's item selector may read the item context.
        for (const [field, v] of Object.entries(child)) {
          const selector = child.Type === "Map" && (field === "ItemSelector" || field === "Parameters");
          visit(v, [...path, name, field], selector, problems);
        }
      } else {
        visit(child, [...path, name], allowed, problems);
      }
    }
  }
}

function isPathField(key: string): boolean {
  return key.endsWith(".$") || key.endsWith("Path") || key === "Variable";
}

import type {Definition, JsonObject} from "./types";
import {workflowDefinition, type WorkflowOptions} from "./workflowDefinition";

/** The seed's failed workflow and its two suggested repairs, as definitions to check and replay. */
export interface SeedDefinitions {
  /** Init's bare array is the Map's input; the ItemSelector's `$` is that whole input, so each worker gets `{body: [all jobs]}`. */
  broken: Definition;
  /** The seed's fix as written: `Payload.$` = `$$Map.Item.Value`, not a path at all. */
  seedFix: Definition;
  /** The seed's fix with the dot: a valid path, but `$$.Map.Item` exists only in the Map's ItemSelector. */
  seedFixDotted: Definition;
}

/**
 * Rebuilds the seed's definitions from its post-mortem (it shows no JSON): each is the corrected
 * workflow with the fields the post-mortem describes changed back.
 */
export function seedDefinitions(options: WorkflowOptions = {}): SeedDefinitions {
  const broken = workflowDefinition(options);
  const init = state(broken, "Init");
  delete init.ResultSelector;
  init.OutputPath = "$.Payload";
  const map = state(broken, "RunJobs");
  delete map.ItemsPath;
  map.ItemSelector = {"body.$": "$"};
  return {
    broken,
    seedFix: withWorkerPayload(workflowDefinition(options), "$$Map.Item.Value"),
    seedFixDotted: withWorkerPayload(workflowDefinition(options), "$$.Map.Item.Value"),
  };
}

function withWorkerPayload(definition: Definition, path: string): Definition {
  const processor = state(definition, "RunJobs").ItemProcessor as JsonObject;
  const worker = (processor.States as JsonObject).Worker as JsonObject;
  (worker.Parameters as JsonObject)["Payload.$"] = path;
  return definition;
}

function state(definition: Definition, name: string): JsonObject {
  return (definition.States as JsonObject)[name] as JsonObject;
}

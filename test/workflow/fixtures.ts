import {buildJobs, defaultPlan, type Definition, type Job, type JsonObject} from "../../src/workflow";

/** A small job list: one prefix, one file limit, three runs. */
export const threeJobs: Job[] = buildJobs({...defaultPlan, prefixes: ["25MB"], fileLimits: [2], repetitions: 3});

/** The seed's batch. */
export const seedJobs: Job[] = buildJobs(defaultPlan);

/** A state of a definition, to edit in a test. */
export function state(definition: Definition, name: string): JsonObject {
  const top = definition.States as Record<string, JsonObject>;
  if (top[name]) return top[name];
  return ((top.RunJobs.ItemProcessor as JsonObject).States as Record<string, JsonObject>)[name];
}

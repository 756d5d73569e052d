import {replayWorkflow, type ReplayOutcome} from "./replayWorkflow";
import {seedDefinitions} from "./seedDefinitions";
import type {Job} from "./types";
import {workflowDefinition, type WorkflowOptions} from "./workflowDefinition";

/** One replayed definition of the seed's story. */
export interface SeedReplay {
  name: "broken" | "seedFix" | "seedFixDotted" | "corrected";
  label: string;
  outcome: ReplayOutcome;
}

/**
 * Replays the seed's broken definition, its fix as written, its fix with the dot, and the corrected
 * definition, in that order, on the same jobs.
 */
export async function replaySeed(jobs: readonly Job[], options: WorkflowOptions = {}): Promise<SeedReplay[]> {
  const seed = seedDefinitions(options);
  const cases = [
    {name: "broken", label: "(a) seed's broken definition", definition: seed.broken},
    {name: "seedFix", label: "(b) seed's fix as written", definition: seed.seedFix},
    {name: "seedFixDotted", label: "(b') seed's fix with the dot", definition: seed.seedFixDotted},
    {name: "corrected", label: "(c) corrected definition", definition: workflowDefinition(options)},
  ] as const;
  const replays: SeedReplay[] = [];
  for (const {name, label, definition} of cases) replays.push({name, label, outcome: await replayWorkflow(definition, jobs, options)});
  return replays;
}

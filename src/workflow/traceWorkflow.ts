import type * as Runner from "aws-local-stepfunctions";
import {eachState} from "./eachState";
import {stateMachineClass} from "./stateMachine";
import {taskHandlers, type Payloads} from "./taskHandlers";
import type {Definition, Json, MockLambda} from "./types";

/** Where and how a run failed: the first state to fail, and the iteration when inside a Map. */
export interface RunFailure {
  state: string;
  index?: number;
  error: string;
  cause: string;
}

/** What a run of a definition against mocked Lambdas showed. */
export interface WorkflowTrace {
  /** The execution's output, when it succeeded. */
  output?: Json;
  failure?: RunFailure;
  /** Raw input of each Map state entered, by state name. */
  mapInputs: Record<string, Json>;
  /** Payloads each Task state's Lambda received, by state name, in call order. */
  payloads: Payloads;
}

/**
 * Runs a definition in aws-local-stepfunctions with every Task answered by the mocked Lambdas, and
 * records what each Map and Lambda received. Throws when the runner's own validation refuses the
 * definition; a failed execution is part of the trace.
 */
export async function traceWorkflow(definition: Definition, input: Json, lambdas: Record<string, MockLambda>): Promise<WorkflowTrace> {
  const StateMachine = stateMachineClass();
  const payloads: Payloads = {};
  const states = [...eachState(definition)];
  const overrides = {
    taskResourceLocalHandlers: taskHandlers(definition, lambdas, payloads),
    // Retries and Wait states happen at once: a replay measures nothing and must not sleep.
    retryIntervalOverrides: Object.fromEntries(states.filter((s) => "Retry" in s.state).map((s) => [s.name, 0])),
    waitTimeOverrides: Object.fromEntries(states.filter((s) => s.state.Type === "Wait").map((s) => [s.name, 0])),
  };
  let machine: Runner.StateMachine;
  try {
    machine = new StateMachine(structuredClone(definition) as unknown as Runner.StateMachineDefinition);
  } catch (error) {
    const message = (error as Error).message.replace(/, see error\(s\) below:/, "").replace(/\s*\n\s*/g, ": ");
    throw new Error(`aws-local-stepfunctions: ${message}`, {cause: error});
  }
  const execution = machine.run(structuredClone(input), {overrides});
  const trace: WorkflowTrace = {mapInputs: {}, payloads};
  const logged = (async () => {
    for await (const event of execution.eventLogs as AsyncIterable<LoggedEvent>) {
      if (event.type === "StateEntered" && event.state?.type === "Map") trace.mapInputs[event.state.name] ??= event.state.input ?? null;
      if (event.type === "StateFailed" && !trace.failure && event.state) {
        trace.failure = {state: event.state.name, index: event.index, error: event.Error ?? "", cause: event.Cause ?? ""};
      }
    }
  })();
  let thrown: {cause?: {name?: string; message?: string}} | undefined;
  try {
    trace.output = (await execution.result) as Json;
  } catch (error) {
    thrown = error as typeof thrown;
  }
  // The log lags the result: read it to the end before naming the failed state.
  await logged;
  if (thrown && !trace.failure) {
    trace.failure = {state: "execution", error: thrown.cause?.name ?? "Error", cause: thrown.cause?.message ?? String(thrown)};
  }
  return trace;
}

interface LoggedEvent {
  type: string;
  state?: {name: string; type: string; input?: Json};
  index?: number;
  Error?: string;
  Cause?: string;
}

import {eachState, isObject} from "./eachState";
import {functionName} from "./functionName";
import {LambdaError} from "./lambdaError";
import type {Definition, Json, MockLambda} from "./types";

/** A Task state's local stand-in: gets the state's effective input, returns its result. */
export type TaskHandler = (input: Json) => Promise<Json>;

/** What each Task state's Lambda received, by state name, in call order. */
export type Payloads = Record<string, Json[]>;

const invoke = "arn:aws:states:::lambda:invoke";

/**
 * Local handlers for every Task state, playing the Lambda service: `lambda:invoke` Tasks pass their
 * `Payload` to the mocked function named in `FunctionName` and wrap its response as
 * `{ExecutedVersion, Payload, StatusCode}`; Tasks whose Resource is a function ARN pass their input
 * and return the bare response. No Task is left to reach AWS.
 */
export function taskHandlers(definition: Definition, lambdas: Record<string, MockLambda>, payloads: Payloads = {}): Record<string, TaskHandler> {
  const handlers: Record<string, TaskHandler> = {};
  for (const {name, state} of eachState(definition)) {
    if (state.Type !== "Task") continue;
    const resource = String(state.Resource);
    handlers[name] = async (input) => {
      const optimised = resource === invoke;
      if (!optimised && !/^arn:aws:lambda:[^:]*:[^:]*:function:/.test(resource)) {
        throw new LambdaError("States.TaskFailed", `${name}, Resource: no local stand-in: ${resource}`);
      }
      const target = optimised ? (isObject(input) ? input.FunctionName : undefined) : resource;
      const key = functionName(String(target));
      const fn = Object.hasOwn(lambdas, key) ? lambdas[key] : undefined;
      if (!fn) throw new LambdaError("Lambda.ResourceNotFoundException", `${name}: no mocked Lambda: ${String(target)}`);
      // Lambda receives {} when Invoke is called without a payload.
      const payload = optimised ? (isObject(input) && input.Payload !== undefined ? input.Payload : {}) : input;
      (payloads[name] ??= []).push(payload);
      const response = await fn(structuredClone(payload));
      return optimised ? {ExecutedVersion: "$LATEST", Payload: response, StatusCode: 200} : response;
    };
  }
  return handlers;
}

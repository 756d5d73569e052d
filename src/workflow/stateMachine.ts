import type * as Runner from "aws-local-stepfunctions";

/**
 * The `StateMachine` class of aws-local-stepfunctions, loaded on first use. Version 3.0.0 declares
 * Node >= 22 but needs only `Promise.withResolvers` from it (Task timeouts); on Node 20 that one
 * function is installed first, as specified in ES2024.
 */
export function stateMachineClass(): typeof Runner.StateMachine {
  const promise = Promise as PromiseWithResolversConstructor;
  if (typeof promise.withResolvers !== "function") {
    Object.defineProperty(Promise, "withResolvers", {value: withResolvers, writable: true, configurable: true});
  }
  return (require("aws-local-stepfunctions") as typeof Runner).StateMachine;
}

interface PromiseWithResolversConstructor {
  withResolvers?: unknown;
}

function withResolvers<T>(this: PromiseConstructor) {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new this<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

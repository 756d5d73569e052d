import type {FargatePrices, InstancePrices, LambdaPrices} from "../../src/cost";

/** Round prices, so that hand computations read easily. */
export const lambda: LambdaPrices = {model: "lambda", name: "test lambda", architecture: "arm64", perGbSecond: 0.00001, perMillionRequests: 0.2};
export const fargate: FargatePrices = {model: "fargate", name: "test fargate", architecture: "x86_64", perVcpuHour: 0.04, perGbHour: 0.004};
export const instance: InstancePrices = {model: "instance", name: "test machine", instanceType: "t.test", vcpu: 4, memoryGb: 16, perHour: 1.2};

/** Asserts two lists of dollars agree to a billionth of a cent (sums of floats differ in the last bits), nulls where nulls are. */
export function expectDollars(actual: unknown[], expected: (number | null)[]): void {
  if (actual.length !== expected.length || actual.some((a, i) => (a === null) !== (expected[i] === null) || (a !== null && Math.abs((a as number) - expected[i]!) > 1e-11))) {
    throw new Error(`dollars differ:\n  actual   ${JSON.stringify(actual)}\n  expected ${JSON.stringify(expected)}`);
  }
}

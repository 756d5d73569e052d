import {expect} from "chai";
import {taskHandlers} from "../../src/workflow/taskHandlers";
import type {Definition} from "../../src/workflow";

const task = (resource: string): Definition => ({StartAt: "T", States: {T: {Type: "Task", Resource: resource, End: true}}});
const echo = {f: (event: unknown) => ({got: event}) as never};

describe("taskHandlers(definition, lambdas, payloads)", () => {
  it("plays lambda:invoke: passes Payload to the function named, wraps the response", async () => {
    const payloads = {};
    const {T} = taskHandlers(task("arn:aws:states:::lambda:invoke"), echo, payloads);
    expect(await T({FunctionName: "f", Payload: {a: 1}})).to.deep.equal({ExecutedVersion: "$LATEST", Payload: {got: {a: 1}}, StatusCode: 200});
    expect(payloads).to.deep.equal({T: [{a: 1}]});
  });

  it("resolves qualified names and function ARNs", async () => {
    const {T} = taskHandlers(task("arn:aws:states:::lambda:invoke"), echo);
    expect(await T({FunctionName: "f:$LATEST", Payload: 1})).to.have.property("StatusCode", 200);
    expect(await T({FunctionName: "arn:aws:lambda:eu-west-1:123456789012:function:f:prod", Payload: 1})).to.have.property("StatusCode", 200);
  });

  it("sends {} when lambda:invoke has no Payload", async () => {
    const {T} = taskHandlers(task("arn:aws:states:::lambda:invoke"), echo);
    expect(await T({FunctionName: "f"})).to.deep.include({Payload: {got: {}}});
  });

  it("passes the input and returns the bare response for a function ARN resource", async () => {
    const {T} = taskHandlers(task("arn:aws:lambda:us-east-1:123456789012:function:f"), echo);
    expect(await T({a: 1})).to.deep.equal({got: {a: 1}});
  });

  it("fails, never reaching AWS, for an unknown function or another service", async () => {
    const fails = async (definition: Definition, input: never) => {
      try {
        await taskHandlers(definition, echo).T(input);
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect(await fails(task("arn:aws:states:::lambda:invoke"), {FunctionName: "g"} as never)).to.equal("Lambda.ResourceNotFoundException: T: no mocked Lambda: g");
    expect(await fails(task("arn:aws:states:::sqs:sendMessage"), {} as never)).to.equal("States.TaskFailed: T, Resource: no local stand-in: arn:aws:states:::sqs:sendMessage");
  });
});

import {expect} from "chai";
import {seedDefinitions, workflowDefinition, type Definition, type JsonObject} from "../../src/workflow";

const state = (d: Definition, name: string) => (d.States as Record<string, JsonObject>)[name];
const payload = (d: Definition) => {
  const worker = ((state(d, "RunJobs").ItemProcessor as JsonObject).States as Record<string, JsonObject>).Worker;
  return (worker.Parameters as JsonObject)["Payload.$"];
};

describe("seedDefinitions(options)", () => {
  it("broken: Init's bare array is the Map's input and the ItemSelector wraps that whole input as body", () => {
    const {broken} = seedDefinitions();
    expect(state(broken, "Init")).to.include({OutputPath: "$.Payload"}).and.not.have.property("ResultSelector");
    expect(state(broken, "RunJobs")).to.deep.include({ItemSelector: {"body.$": "$"}}).and.not.have.property("ItemsPath");
    expect(payload(broken)).to.equal("$");
  });

  it("seedFix and seedFixDotted: the corrected workflow with the worker's Payload.$ set to the context path", () => {
    const {seedFix, seedFixDotted} = seedDefinitions();
    expect(payload(seedFix)).to.equal("$$Map.Item.Value");
    expect(payload(seedFixDotted)).to.equal("$$.Map.Item.Value");
    const corrected = workflowDefinition();
    expect(state(seedFixDotted, "Init")).to.deep.equal(state(corrected, "Init"));
    expect(state(seedFixDotted, "RunJobs").ItemsPath).to.equal("$.jobs");
  });

  it("uses the given function names", () => {
    const {broken} = seedDefinitions({initFunction: "i", workerFunction: "w"});
    expect((state(broken, "Init").Parameters as JsonObject).FunctionName).to.equal("i");
  });
});

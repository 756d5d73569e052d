import {expect} from "chai";
import {contextPathProblems, formatProblem, seedDefinitions, workflowDefinition, type Definition, type Json} from "../../src/workflow";

const lines = (d: Definition) => contextPathProblems(d).map(formatProblem);
const mapWith = (map: {[k: string]: Json}, worker: {[k: string]: Json} = {}): Definition => ({
  StartAt: "RunJobs",
  States: {
    RunJobs: {
      Type: "Map",
      ...map,
      ItemProcessor: {StartAt: "Worker", States: {Worker: {Type: "Pass", End: true, ...worker}}},
      End: true,
    },
  },
});

describe("contextPathProblems(definition)", () => {
  it("fires on $$.Map.Item.Value in the worker Task's Parameters (the seed's fix with the dot)", () => {
    expect(lines(seedDefinitions().seedFixDotted)).to.deep.equal([
      "Worker, Parameters.Payload.$: $$.Map.Item outside the Map's ItemSelector: $$.Map.Item.Value",
    ]);
  });

  it("stays quiet on the generated definition", () => {
    expect(lines(workflowDefinition())).to.deep.equal([]);
  });

  it("stays quiet on $$.Map.Item in the Map's ItemSelector and in a Map's legacy Parameters", () => {
    expect(lines(mapWith({ItemSelector: {"job.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"}}))).to.deep.equal([]);
    expect(lines(mapWith({Parameters: {"job.$": "$$.Map.Item.Value"}}))).to.deep.equal([]);
  });

  it("fires on $$.Map.Item in the Map's other fields and in any path field of an iterated state", () => {
    expect(lines(mapWith({ResultSelector: {"i.$": "$$.Map.Item.Index"}}, {InputPath: "$$.Map.Item.Value"}))).to.deep.equal([
      "RunJobs, ResultSelector.i.$: $$.Map.Item outside the Map's ItemSelector: $$.Map.Item.Index",
      "Worker, InputPath: $$.Map.Item outside the Map's ItemSelector: $$.Map.Item.Value",
    ]);
  });

  it("fires inside intrinsic functions and nested payload templates", () => {
    const worker = {Parameters: {job: {"key.$": "States.Format('{}/{}', $$.Map.Item.Index, $.data_path)"}}};
    expect(lines(mapWith({}, worker))).to.deep.equal([
      "Worker, Parameters.job.key.$: $$.Map.Item outside the Map's ItemSelector: States.Format('{}/{}', $$.Map.Item.Index, $.data_path)",
    ]);
  });

  it("fires in a Parallel branch inside the item processor, and outside any Map", () => {
    const parallel: Definition = {
      StartAt: "P",
      States: {P: {Type: "Parallel", End: true, Branches: [{StartAt: "B", States: {B: {Type: "Pass", End: true, OutputPath: "$$.Map.Item.Value"}}}]}},
    };
    expect(lines(parallel)).to.deep.equal(["B, OutputPath: $$.Map.Item outside the Map's ItemSelector: $$.Map.Item.Value"]);
  });

  it("ignores strings that are not paths (no `.$` key)", () => {
    expect(lines(mapWith({}, {Parameters: {note: "$$.Map.Item.Value"}}))).to.deep.equal([]);
  });
});

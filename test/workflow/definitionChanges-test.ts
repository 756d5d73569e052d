import {expect} from "chai";
import {definitionChanges, seedDefinitions, workflowDefinition} from "../../src/workflow";

describe("definitionChanges(before, after)", () => {
  it("lists what the seed's broken definition changes in the corrected one", () => {
    expect(definitionChanges(workflowDefinition(), seedDefinitions().broken)).to.deep.equal([
      'Init, ResultSelector: removed {"jobs.$":"$.Payload"}',
      'Init, OutputPath: added "$.Payload"',
      'RunJobs, ItemsPath: removed "$.jobs"',
      'RunJobs, ItemSelector: added {"body.$":"$"}',
    ]);
  });

  it("shows a changed value as before → after, and nothing for equal definitions", () => {
    expect(definitionChanges(workflowDefinition(), seedDefinitions().seedFixDotted)).to.deep.equal(['Worker, Parameters.Payload.$: "$" → "$$.Map.Item.Value"']);
    expect(definitionChanges(workflowDefinition(), workflowDefinition())).to.deep.equal([]);
    expect(definitionChanges({a: [1, 2]}, {a: [1, 3]})).to.deep.equal(["a: [1,2] → [1,3]"]);
  });
});

import {expect} from "chai";
import {defaultFunctions, formatProblem, itemsPathProblems, mockLambdas, seedDefinitions, traceWorkflow, workflowDefinition, type Definition} from "../../src/workflow";
import {state, threeJobs} from "./fixtures";

const lines = async (d: Definition) => {
  const {init, worker} = mockLambdas(threeJobs);
  const trace = await traceWorkflow(d, {}, {[defaultFunctions.initFunction]: init, [defaultFunctions.workerFunction]: worker});
  return itemsPathProblems(d, trace).map(formatProblem);
};

describe("itemsPathProblems(definition, trace)", () => {
  it("stays quiet on the generated definition and on the seed's broken one (its Map does get the array)", async () => {
    expect(await lines(workflowDefinition())).to.deep.equal([]);
    expect(await lines(seedDefinitions().broken)).to.deep.equal([]);
  });

  it("fires on ItemsPath $.body over Init's bare array (the post-mortem read literally)", async () => {
    const d = seedDefinitions().broken;
    state(d, "RunJobs").ItemsPath = "$.body";
    expect(await lines(d)).to.deep.equal(["RunJobs, ItemsPath: not an array in the sample init output: $.body selects nothing"]);
  });

  it("fires when ItemsPath selects the object around the list", async () => {
    const d = workflowDefinition();
    delete state(d, "RunJobs").ItemsPath;
    expect(await lines(d)).to.deep.equal(["RunJobs, ItemsPath: not an array in the sample init output: $ selects {jobs: array(3)}"]);
  });

  it("applies the Map's InputPath before its ItemsPath", async () => {
    const d = workflowDefinition();
    Object.assign(state(d, "RunJobs"), {InputPath: "$.jobs", ItemsPath: "$"});
    expect(await lines(d)).to.deep.equal([]);
  });

  it("fires when the sample never reaches the Map, with the failure that stopped it", async () => {
    const d = workflowDefinition();
    state(d, "Init").ResultSelector = {"jobs.$": "$.Payload.body"};
    expect(await lines(d)).to.deep.equal([
      "RunJobs: not reached with the sample init output: Init: States.Runtime: Path expression '$.Payload.body' does not point to a value",
    ]);
  });
});

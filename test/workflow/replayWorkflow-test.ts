import {expect} from "chai";
import {parseExperiments} from "../../src/parse";
import {collateRuns, formatOutcome, replayWorkflow, workflowDefinition} from "../../src/workflow";
import {seedJobs, state, threeJobs} from "./fixtures";

describe("replayWorkflow(definition, jobs, functions)", () => {
  it("stores every job's run where the analysis reads it: one ExperimentN section per experiment", async () => {
    const outcome = await replayWorkflow(workflowDefinition(), seedJobs);
    if (outcome.status !== "succeeded") throw new Error(formatOutcome(outcome));
    const {sections} = parseExperiments(collateRuns(outcome.runs));
    expect(sections.map((s) => s.experiment)).to.deep.equal(Array.from({length: 20}, (_, i) => `Experiment${i + 1}`));
    for (const {experiment, runs} of sections) {
      expect(runs).to.have.length(12);
      expect(new Set(runs.map((run) => String(run.data_path).split("/")[0])).size).to.equal(1);
      for (const run of runs) expect(String(run.result_path).startsWith(`results/${experiment}/`)).to.equal(true);
    }
  });

  it("uses the function names given", async () => {
    const d = workflowDefinition({initFunction: "i", workerFunction: "w"});
    expect((await replayWorkflow(d, threeJobs, {initFunction: "i", workerFunction: "w"})).status).to.equal("succeeded");
    expect(formatOutcome(await replayWorkflow(d, threeJobs))).to.equal("failed at Init: Lambda.ResourceNotFoundException: Init: no mocked Lambda: i");
  });

  it("reports a failure outside any Map without an iteration", async () => {
    const d = workflowDefinition();
    state(d, "Init").ResultSelector = {"jobs.$": "$.Payload.body"};
    expect(formatOutcome(await replayWorkflow(d, threeJobs))).to.equal(
      "failed at Init: States.Runtime: Path expression '$.Payload.body' does not point to a value (it received {})",
    );
  });

  it("lists result paths no run was stored at", async () => {
    const d = workflowDefinition();
    state(d, "Init").ResultSelector = {"jobs.$": "$.Payload[1:]"};
    const outcome = await replayWorkflow(d, threeJobs);
    expect(formatOutcome(outcome)).to.equal(
      "succeeded: 2 of 3 jobs stored their run: results/Experiment1/run-0002.json … results/Experiment1/run-0003.json; missing results/Experiment1/run-0001.json",
    );
  });
});

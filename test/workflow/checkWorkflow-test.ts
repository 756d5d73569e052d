import {expect} from "chai";
import {checkWorkflow, formatOutcome, formatProblem, replayWorkflow, seedDefinitions, workflowDefinition, type Definition} from "../../src/workflow";
import {seedJobs, state} from "./fixtures";

const lines = async (d: Definition) => (await checkWorkflow(d, seedJobs)).map((p) => `${p.check} | ${formatProblem(p)}`);

describe("checkWorkflow(definition, initOutput, functions) on the seed's 240 jobs", () => {
  it("passes the generated definition", async () => {
    expect(await lines(workflowDefinition())).to.deep.equal([]);
  });

  it("catches the seed's broken definition before it runs: the worker payload is not a job", async () => {
    expect(await lines(seedDefinitions().broken)).to.deep.equal([
      "worker-payload | Worker, Payload: job fields missing (job_id, bucket, data_path, batch_size, num_batches, result_path): {body: array(240)}",
    ]);
  });

  it("stops at asl-validator for the seed's fix as written", async () => {
    expect(await lines(seedDefinitions().seedFix)).to.deep.equal([
      'asl-validator | Worker, Parameters.Payload.$: must match format "asl_payload_template": $$Map.Item.Value',
    ]);
  });

  it("catches the seed's fix with the dot, which asl-validator passes", async () => {
    expect(await lines(seedDefinitions().seedFixDotted)).to.deep.equal([
      "context-path | Worker, Parameters.Payload.$: $$.Map.Item outside the Map's ItemSelector: $$.Map.Item.Value",
      "worker-payload | Worker: no payload reached the worker: Worker (iteration 0): States.Runtime: Path expression '$$.Map.Item.Value' does not point to a value",
    ]);
  });

  it("passes $$.Map.Item.Value where it belongs, in the Map's ItemSelector, and that definition runs", async () => {
    const d = workflowDefinition();
    state(d, "RunJobs").ItemSelector = {"job.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"};
    state(d, "Worker").Parameters = {FunctionName: "bench-worker", "Payload.$": "$.job"};
    expect(await lines(d)).to.deep.equal([]);
    expect(formatOutcome(await replayWorkflow(d, seedJobs))).to.match(/^succeeded: 240 of 240 jobs/);
  });
});

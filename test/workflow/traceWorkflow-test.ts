import {expect} from "chai";
import {LambdaError, mockLambdas, seedDefinitions, traceWorkflow, workflowDefinition, type JsonObject} from "../../src/workflow";
import {threeJobs} from "./fixtures";

const lambdas = () => {
  const {init, worker} = mockLambdas(threeJobs);
  return {"bench-init": init, "bench-worker": worker};
};

describe("traceWorkflow(definition, input, lambdas)", () => {
  it("records the Map's input, each Lambda's payloads and the output of a good run", async () => {
    const trace = await traceWorkflow(workflowDefinition(), {}, lambdas());
    expect(trace.failure).to.equal(undefined);
    expect(trace.mapInputs).to.deep.equal({RunJobs: {jobs: threeJobs}});
    expect(trace.payloads).to.deep.equal({Init: [{}], Worker: threeJobs});
    expect(trace.output).to.deep.equal(threeJobs.map(({job_id, result_path}) => ({job_id, result_path})));
  });

  it("names the first state to fail, its iteration, error and cause", async () => {
    const trace = await traceWorkflow(seedDefinitions().broken, {}, lambdas());
    expect(trace.failure).to.deep.equal({state: "Worker", index: 0, error: "KeyError", cause: "'bucket'"});
    expect(trace.output).to.equal(undefined);
  });

  it("throws, in one line, when the runner's own validation refuses the definition", async () => {
    let message = "";
    await traceWorkflow(seedDefinitions().seedFix, {}, lambdas()).catch((error: Error) => (message = error.message));
    expect(message).to.equal(
      'aws-local-stepfunctions: State machine definition is invalid: SCHEMA_VALIDATION_FAILED: /States/RunJobs/ItemProcessor/States/Worker/Parameters/Payload.$ is invalid. must match format "asl_payload_template"',
    );
  });

  it("retries and waits without sleeping (30 s waits would time the test out)", async () => {
    const d = workflowDefinition();
    const worker = ((d.States as Record<string, JsonObject>).RunJobs.ItemProcessor as JsonObject).States as Record<string, JsonObject>;
    worker.Worker.Retry = [{ErrorEquals: ["States.ALL"], IntervalSeconds: 30, MaxAttempts: 2}];
    (d.States as Record<string, JsonObject>).Init.Next = "Pause";
    (d.States as Record<string, JsonObject>).Pause = {Type: "Wait", Seconds: 30, Next: "RunJobs"};
    let calls = 0;
    const failing = () => {
      calls++;
      throw new LambdaError("KeyError", "'bucket'");
    };
    const trace = await traceWorkflow(d, {}, {"bench-init": () => [threeJobs[0]] as never, "bench-worker": failing});
    expect(calls).to.equal(3);
    expect(trace.failure).to.deep.include({state: "Worker", error: "KeyError"});
  });
});

import {expect} from "chai";
import {validateDefinition, workflowDefinition, type JsonObject} from "../../src/workflow";

const states = (d: JsonObject) => d.States as Record<string, JsonObject>;
const worker = (d: JsonObject) => states((states(d).RunJobs.ItemProcessor as JsonObject)).Worker;

describe("workflowDefinition(options)", () => {
  it("is Init → RunJobs (Map) → Worker, both Lambdas through lambda:invoke", () => {
    const d = workflowDefinition();
    expect(d.StartAt).to.equal("Init");
    expect(states(d).Init).to.include({Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Next: "RunJobs"});
    expect(states(d).RunJobs).to.include({Type: "Map", End: true, MaxConcurrency: 40});
    expect(worker(d)).to.include({Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true});
  });

  it("unwraps Init's response: the bare job list under `jobs`, which ItemsPath selects", () => {
    const d = workflowDefinition();
    expect(states(d).Init.ResultSelector).to.deep.equal({"jobs.$": "$.Payload"});
    expect(states(d).RunJobs.ItemsPath).to.equal("$.jobs");
    expect(states(d).RunJobs).not.to.have.property("ItemSelector");
  });

  it("passes each item to Worker as `$` and returns the worker's response, not the invoke envelope", () => {
    expect(worker(workflowDefinition())).to.deep.include({Parameters: {FunctionName: "bench-worker", "Payload.$": "$"}, OutputPath: "$.Payload"});
  });

  it("retries only Lambda's transient errors", () => {
    const [retry] = worker(workflowDefinition()).Retry as JsonObject[];
    expect(retry.ErrorEquals).to.deep.equal(["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"]);
  });

  it("takes the function names and the concurrency as options", () => {
    const d = workflowDefinition({initFunction: "init-2", workerFunction: "arn:aws:lambda:eu-west-1:123456789012:function:w", maxConcurrency: 5});
    expect((states(d).Init.Parameters as JsonObject).FunctionName).to.equal("init-2");
    expect((worker(d).Parameters as JsonObject).FunctionName).to.equal("arn:aws:lambda:eu-west-1:123456789012:function:w");
    expect(states(d).RunJobs.MaxConcurrency).to.equal(5);
    expect(() => workflowDefinition({maxConcurrency: -1})).to.throw("maxConcurrency: not a non-negative integer: -1");
  });

  it("passes asl-validator", () => {
    expect(validateDefinition(workflowDefinition())).to.deep.equal([]);
  });

  it("is new on every call, so callers may edit it", () => {
    const a = workflowDefinition();
    states(a).Init.Next = "Elsewhere";
    expect(states(workflowDefinition()).Init.Next).to.equal("RunJobs");
  });
});

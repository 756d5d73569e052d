import {expect} from "chai";
import {defaultFunctions, formatProblem, seedDefinitions, traceWorkflow, workerPayloadProblems, workflowDefinition, type Definition, type Json} from "../../src/workflow";
import {state, threeJobs} from "./fixtures";

const {initFunction, workerFunction} = defaultFunctions;
const lines = async (d: Definition, initOutput: Json = threeJobs as unknown as Json) => {
  const trace = await traceWorkflow(d, {}, {[initFunction]: () => initOutput, [workerFunction]: () => null});
  return workerPayloadProblems(d, trace, {workerFunction, jobs: threeJobs.length}).map(formatProblem);
};

describe("workerPayloadProblems(definition, trace, options)", () => {
  it("stays quiet on the generated definition", async () => {
    expect(await lines(workflowDefinition())).to.deep.equal([]);
  });

  it("fires on the seed's broken definition: each worker gets every job under body", async () => {
    expect(await lines(seedDefinitions().broken)).to.deep.equal([
      "Worker, Payload: job fields missing (job_id, bucket, data_path, batch_size, num_batches, result_path): {body: array(3)}",
    ]);
  });

  it("fires when the worker gets a list instead of one job", async () => {
    const lists = [threeJobs, threeJobs, threeJobs] as unknown as Json;
    expect(await lines(workflowDefinition(), lists)).to.deep.equal(["Worker, Payload: not a single job object: array(3)"]);
  });

  it("fires when a job lacks a field the worker reads", async () => {
    const jobs = threeJobs.map(({bucket: _, ...rest}) => rest) as unknown as Json;
    expect(await lines(workflowDefinition(), jobs)).to.deep.equal([
      "Worker, Payload: job fields missing (bucket): {job_id: string, data_path: string, batch_size: number, num_batches: number, result_path: string}",
    ]);
  });

  it("fires when no payload reaches the worker, with the failure that stopped it", async () => {
    expect(await lines(seedDefinitions().seedFixDotted)).to.deep.equal([
      "Worker: no payload reached the worker: Worker (iteration 0): States.Runtime: Path expression '$$.Map.Item.Value' does not point to a value",
    ]);
  });

  it("fires when the worker does not run once per job", async () => {
    const d = workflowDefinition();
    state(d, "Init").ResultSelector = {"jobs.$": "$.Payload[1:]"};
    expect(await lines(d)).to.deep.equal(["Worker: ran 2 times for 3 jobs"]);
  });

  it("fires when no Task in a Map invokes the worker function", async () => {
    const d = workflowDefinition({workerFunction: "other"});
    const trace = await traceWorkflow(d, {}, {[initFunction]: () => [], other: () => null});
    expect(workerPayloadProblems(d, trace, {workerFunction, jobs: 0}).map(formatProblem)).to.deep.equal([
      "definition: no Task in a Map invokes the worker: bench-worker",
    ]);
  });
});

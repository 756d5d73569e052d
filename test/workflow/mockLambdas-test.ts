import {expect} from "chai";
import {LambdaError, mockLambdas, type StoredRun} from "../../src/workflow";
import {threeJobs} from "./fixtures";

const raised = async (run: () => unknown) => {
  try {
    await run();
  } catch (error) {
    expect(error).to.be.instanceOf(LambdaError);
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error("no error");
};

describe("mockLambdas(jobs, store)", () => {
  it("init returns the job list as a bare array, a fresh copy each call", async () => {
    const {init} = mockLambdas(threeJobs);
    const first = await init({});
    expect(first).to.deep.equal(threeJobs);
    expect(first).not.to.equal(threeJobs);
    expect(await init({})).not.to.equal(first);
  });

  it("worker stores the run's identity under its result path and answers with job_id and result_path", async () => {
    const store = new Map<string, StoredRun>();
    const {worker} = mockLambdas(threeJobs, store);
    const job = threeJobs[0];
    expect(await worker({...job})).to.deep.equal({job_id: job.job_id, result_path: job.result_path});
    expect(store.get(job.result_path)).to.deep.equal({
      batch_size: 512,
      data_path: "25MB/shard-00000.tar",
      device: "cpu",
      num_batches: 10,
      result_path: "results/Experiment1/run-0001.json",
    });
  });

  it("worker raises what the Python worker's event[\"bucket\"] raises", async () => {
    const {worker} = mockLambdas([]);
    expect(await raised(() => worker({body: []}))).to.equal("KeyError: 'bucket'");
    expect(await raised(() => worker([]))).to.equal("TypeError: list indices must be integers or slices, not str");
    expect(await raised(() => worker("job"))).to.equal("TypeError: string indices must be integers, not 'str'");
    expect(await raised(() => worker(null))).to.equal("TypeError: 'NoneType' object is not subscriptable");
    expect(await raised(() => worker(1))).to.equal("TypeError: 'int' object is not subscriptable");
  });

  it("worker reads bucket first, then the other fields", async () => {
    const {worker} = mockLambdas([]);
    expect(await raised(() => worker({bucket: "b"}))).to.equal("KeyError: 'job_id'");
  });
});

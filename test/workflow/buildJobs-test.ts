import {expect} from "chai";
import {runColumns} from "../../src/schema";
import {buildJobs, defaultPlan, jobFields, type Plan} from "../../src/workflow";

const plan = (changes: Partial<Plan>): Plan => ({...defaultPlan, ...changes});
const error = (changes: Partial<Plan>) => expect(() => buildJobs(plan(changes))).to.throw();

describe("buildJobs(plan)", () => {
  it("makes the seed's batch of 240 jobs from the default plan: 4 prefixes × 5 file limits × 12 runs", () => {
    const jobs = buildJobs(defaultPlan);
    expect(jobs).to.have.length(240);
    expect(new Set(jobs.map((j) => j.job_id)).size).to.equal(240);
    expect(new Set(jobs.map((j) => j.result_path)).size).to.equal(240);
  });

  it("writes job records with exactly the fields the worker reads, in order", () => {
    expect(buildJobs(plan({prefixes: ["25MB"], fileLimits: [2], repetitions: 1}))).to.deep.equal([
      {
        job_id: "Experiment1-run-0001",
        bucket: "benchmark-data",
        data_path: "25MB/shard-00000.tar",
        batch_size: 512,
        num_batches: 10,
        result_path: "results/Experiment1/run-0001.json",
      },
    ]);
    expect(Object.keys(buildJobs(defaultPlan)[0])).to.deep.equal([...jobFields]);
  });

  it("uses the run columns' names for what a run record carries too", () => {
    for (const field of jobFields.filter((f) => f !== "job_id" && f !== "bucket")) expect(runColumns).to.have.property(field);
  });

  it("numbers experiments prefix by prefix, so the file limit cycles 2, 4, 6, 8, 10 across experiments", () => {
    const jobs = buildJobs(plan({repetitions: 1}));
    expect(jobs.map((j) => j.result_path.split("/")[1])).to.deep.equal(Array.from({length: 20}, (_, i) => `Experiment${i + 1}`));
    expect(jobs.map((j) => j.data_path.split("/")[0])).to.deep.equal(defaultPlan.prefixes.flatMap((p) => [p, p, p, p, p]));
  });

  it("has run r of an experiment with file limit L read shard (r - 1) mod L of its partition", () => {
    const jobs = buildJobs(plan({prefixes: ["10MB"], fileLimits: [4], repetitions: 6}));
    expect(jobs.map((j) => j.data_path)).to.deep.equal([0, 1, 2, 3, 0, 1].map((s) => `10MB/shard-0000${s}.tar`));
    expect(jobs.map((j) => j.result_path)).to.deep.equal([1, 2, 3, 4, 5, 6].map((r) => `results/Experiment1/run-000${r}.json`));
  });

  it("starts numbering at firstExperiment", () => {
    const [job] = buildJobs(plan({fileLimits: [2], repetitions: 1, firstExperiment: 26}));
    expect(job.result_path).to.equal("results/Experiment26/run-0001.json");
    expect(job.job_id).to.equal("Experiment26-run-0001");
  });

  it("is strict with the plan's rules, naming the field and the value", () => {
    expect(() => buildJobs(plan({prefixes: []}))).to.throw("plan.prefixes: empty");
    expect(() => buildJobs(plan({prefixes: ["25MB", "25MB/x"]}))).to.throw("plan.prefixes[1]: not a data size like 25MB: 25MB/x");
    expect(() => buildJobs(plan({prefixes: ["25MB", "25MB"]}))).to.throw("plan.prefixes: duplicate: 25MB");
    expect(() => buildJobs(plan({fileLimits: [2, 0]}))).to.throw("plan.fileLimits[1]: not a positive integer: 0");
    expect(() => buildJobs(plan({fileLimits: [2, 2]}))).to.throw("plan.fileLimits: duplicate: 2");
    expect(() => buildJobs(plan({repetitions: 1.5}))).to.throw("plan.repetitions: not a positive integer: 1.5");
    expect(() => buildJobs(plan({repetitions: 10000}))).to.throw("plan.repetitions: above 9999: 10000");
    expect(() => buildJobs(plan({batchSize: 0}))).to.throw("plan.batchSize: not a positive integer: 0");
    expect(() => buildJobs(plan({numBatches: NaN}))).to.throw("plan.numBatches: not a positive integer: NaN");
    expect(() => buildJobs(plan({bucket: "Bench_Data"}))).to.throw("plan.bucket: not an S3 bucket name: Bench_Data");
    error({bucket: "ab"});
    error({bucket: "a--b"});
    error({firstExperiment: 0});
  });
});

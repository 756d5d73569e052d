import {expect} from "chai";
import {buildJobs, defaultPlan, planForJobs} from "../../src/workflow";

describe("planForJobs(jobs, plan)", () => {
  it("chooses the repetitions that make the asked number of jobs", () => {
    expect(planForJobs(240)).to.deep.equal(defaultPlan);
    expect(planForJobs(40).repetitions).to.equal(2);
    expect(buildJobs(planForJobs(6, {prefixes: ["10MB"], fileLimits: [2, 4, 6]}))).to.have.length(6);
  });

  it("refuses a count the experiments do not divide, saying why", () => {
    expect(() => planForJobs(241)).to.throw("jobs: not a multiple of 20 (4 prefixes × 5 file limits): 241");
    expect(() => planForJobs(0)).to.throw("jobs: not a positive integer: 0");
    expect(() => planForJobs(2.5)).to.throw("jobs: not a positive integer: 2.5");
  });
});

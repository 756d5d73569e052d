import {expect} from "chai";
import {collateRuns, describeFailure, describeShape, formatOutcome, formatProblem} from "../../src/workflow";
import {placeOf} from "../../src/workflow/placeOf";

describe("describeShape(value)", () => {
  it("describes one level of an object, arrays by length, scalars by type", () => {
    expect(describeShape({body: [1, 2], n: 1, s: "", o: {a: 1}, z: null})).to.equal("{body: array(2), n: number, s: string, o: object, z: null}");
    expect(describeShape([])).to.equal("array(0)");
    expect(describeShape(undefined)).to.equal("nothing");
  });
});

describe("placeOf(segments)", () => {
  it("names the innermost state, then the field path inside it", () => {
    expect(placeOf(["States", "RunJobs", "ItemProcessor", "States", "Worker", "Parameters", "Payload.$"])).to.equal("Worker, Parameters.Payload.$");
    expect(placeOf(["States", "Init"])).to.equal("Init");
    expect(placeOf(["StartAt"])).to.equal("StartAt");
    expect(placeOf([])).to.equal("definition");
  });
});

describe("formatProblem(problem), describeFailure(failure), formatOutcome(outcome)", () => {
  it("write one line each", () => {
    expect(formatProblem({check: "items-path", place: "M, ItemsPath", problem: "p", value: "v"})).to.equal("M, ItemsPath: p: v");
    expect(formatProblem({check: "asl-validator", place: "definition", problem: "p"})).to.equal("definition: p");
    expect(describeFailure({state: "W", index: 3, error: "E", cause: "c"})).to.equal("W (iteration 3): E: c");
    expect(describeFailure({state: "I", error: "E", cause: ""})).to.equal("I: E");
    expect(formatOutcome({status: "succeeded", jobs: 0, runs: [], missing: []})).to.equal("succeeded: 0 of 0 jobs stored their run");
    expect(formatOutcome({status: "failed", failure: {state: "W", error: "E", cause: "c"}})).to.equal("failed at W: E: c");
  });
});

describe("collateRuns(runs)", () => {
  it("writes ExperimentN sections in experiment order, runs in result-path order, Python's JSON spacing", () => {
    const runs = [
      {result_path: "results/Experiment10/run-0001.json", batch_size: 512},
      {result_path: "results/Experiment2/run-0002.json", batch_size: 512},
      {result_path: "results/Experiment2/run-0001.json", batch_size: 512},
    ];
    expect(collateRuns(runs)).to.equal(
      'Experiment2\n[\n  {"result_path": "results/Experiment2/run-0001.json", "batch_size": 512},\n  {"result_path": "results/Experiment2/run-0002.json", "batch_size": 512}\n]\n' +
        'Experiment10\n[\n  {"result_path": "results/Experiment10/run-0001.json", "batch_size": 512}\n]\n',
    );
  });

  it("refuses a result path the analysis could not place", () => {
    expect(() => collateRuns([{result_path: "out/run-1.json"}])).to.throw("result_path: not results/ExperimentN/run-NNNN.json: out/run-1.json");
  });
});

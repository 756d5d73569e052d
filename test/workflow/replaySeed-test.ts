import {expect} from "chai";
import {formatOutcome, replaySeed, type SeedReplay} from "../../src/workflow";
import {seedJobs} from "./fixtures";

describe("replaySeed(jobs) on the seed's 240 jobs", () => {
  let replays: SeedReplay[];
  before(async () => {
    replays = await replaySeed(seedJobs);
  });

  it("(a) the seed's broken definition fails in the worker with KeyError 'bucket': it got every job under body", () => {
    expect(formatOutcome(replays[0].outcome)).to.equal("failed at Worker (iteration 0): KeyError: 'bucket' (it received {body: array(240)})");
  });

  it("(b) the seed's fix as written is rejected before running", () => {
    expect(formatOutcome(replays[1].outcome)).to.equal(
      'rejected before running: Worker, Parameters.Payload.$: must match format "asl_payload_template": $$Map.Item.Value',
    );
  });

  it("(b') the seed's fix with the dot passes validation and fails at run time in the worker", () => {
    expect(formatOutcome(replays[2].outcome)).to.equal(
      "failed at Worker (iteration 0): States.Runtime: Path expression '$$.Map.Item.Value' does not point to a value",
    );
  });

  it("(c) the corrected definition runs all 240 jobs, each storing its run at its result path", () => {
    const {outcome} = replays[3];
    expect(formatOutcome(outcome)).to.equal(
      "succeeded: 240 of 240 jobs stored their run: results/Experiment1/run-0001.json … results/Experiment20/run-0012.json",
    );
    expect(outcome.status === "succeeded" && outcome.runs.map((run) => run.result_path)).to.deep.equal(seedJobs.map((job) => job.result_path));
  });

  it("labels the cases in the story's order", () => {
    expect(replays.map((r) => `${r.name}: ${r.label}`)).to.deep.equal([
      "broken: (a) seed's broken definition",
      "seedFix: (b) seed's fix as written",
      "seedFixDotted: (b') seed's fix with the dot",
      "corrected: (c) corrected definition",
    ]);
  });

  it("prints the same lines on a second replay", async () => {
    const again = await replaySeed(seedJobs);
    expect(again.map((r) => formatOutcome(r.outcome))).to.deep.equal(replays.map((r) => formatOutcome(r.outcome)));
  });
});

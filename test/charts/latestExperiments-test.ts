import {assert} from "chai";
import {latestExperiments} from "../../src/charts/latestExperiments";
import {MAX_ROWS, maxRows} from "../../src/charts/maxRows";

describe("latestExperiments(names, maxRows)", () => {
  const names = ["Experiment10", "Experiment2", "Experiment1", "Experiment9", "Experiment3"];

  it("keeps the latest maxRows by experiment number, in experiment order, and notes how many there are", () => {
    assert.deepEqual(latestExperiments(names, 3), {
      order: ["Experiment3", "Experiment9", "Experiment10"],
      note: "the latest 3 of 5 experiments; all are in experiment_summary.csv"
    });
  });

  it("keeps every experiment, without a note, up to maxRows", () => {
    assert.deepEqual(latestExperiments(names, 5), {order: ["Experiment1", "Experiment2", "Experiment3", "Experiment9", "Experiment10"]});
    assert.deepEqual(latestExperiments(names, Infinity).order.length, 5);
  });

  it("writes counts with thousands separators", () => {
    const many = Array.from({length: 6446}, (_, i) => `Experiment${i + 1}`);
    assert.strictEqual(latestExperiments(many, 60).note, "the latest 60 of 6,446 experiments; all are in experiment_summary.csv");
  });
});

describe("maxRows(options)", () => {
  it("is 60 unless given", () => {
    assert.strictEqual(MAX_ROWS, 60);
    assert.strictEqual(maxRows({}), 60);
    assert.strictEqual(maxRows({maxRows: 5}), 5);
    assert.strictEqual(maxRows({maxRows: Infinity}), Infinity);
  });

  it("throws on anything but a positive whole number or Infinity", () => {
    for (const value of [0, -1, 1.5, NaN]) assert.throws(() => maxRows({maxRows: value}), `invalid maxRows: ${value}`);
  });
});

import {assert} from "chai";
import {experimentList, experimentOrder} from "../../src/charts/experiments";

describe("experiments", () => {
  it("experimentOrder(names) orders by number, names without one last in their order, without repeats", () => {
    assert.deepEqual(experimentOrder(["Experiment10", "b", "Experiment2", "a", "Experiment2"]), ["Experiment2", "Experiment10", "b", "a"]);
  });

  it("experimentList(names) folds consecutive numbers of one prefix into ranges", () => {
    assert.strictEqual(experimentList(["Experiment2", "Experiment3", "Experiment4"]), "Experiment2–4");
    assert.strictEqual(experimentList(["Experiment11", "Experiment15"]), "Experiment11, 15");
    assert.strictEqual(experimentList(["Experiment9", "Experiment7", "Experiment8", "Experiment12"]), "Experiment7–9, 12");
  });

  it("experimentList(names) lists names it cannot fold", () => {
    assert.strictEqual(experimentList(["Experiment1"]), "Experiment1");
    assert.strictEqual(experimentList(["Run1", "Experiment2"]), "Run1, Experiment2");
    assert.strictEqual(experimentList(["a", "b"]), "a, b");
  });
});

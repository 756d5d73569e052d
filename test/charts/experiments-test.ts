import {assert} from "chai";
import {experimentList, experimentOrder, inExperimentOrder} from "../../src/charts/experiments";

describe("experiments", () => {
  it("experimentOrder(names) orders by number, names without one last in their order, without repeats", () => {
    assert.deepEqual(experimentOrder(["Experiment10", "b", "Experiment2", "a", "Experiment2"]), ["Experiment2", "Experiment10", "b", "a"]);
  });

  it("inExperimentOrder(rows) sorts rows into the order of their experiments, which it returns", () => {
    const rows = [{experiment: "Experiment10", v: 1}, {experiment: "b", v: 2}, {experiment: "Experiment2", v: 3}, {experiment: "Experiment2", v: 4}];
    assert.deepEqual(inExperimentOrder(rows), {order: ["Experiment2", "Experiment10", "b"], rows: [rows[2], rows[3], rows[0], rows[1]]});
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

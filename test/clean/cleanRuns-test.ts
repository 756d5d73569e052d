import {expect} from "chai";
import pl from "nodejs-polars";
import {cleanRuns} from "../../src/clean";
import {parseExperiments} from "../../src/parse";
import {runColumns} from "../../src/schema";
import {expectFrame, records} from "../helpers/frames";

const clean = (text: string) => cleanRuns(parseExperiments(text));

describe("cleanRuns(parsed)", () => {
  it("makes one typed row per run: index, experiment, partition, then every variable", () => {
    const {runs} = clean('Experiment2\n[{"data_path": "25MB/a.tar", "total_cpu_time (seconds)": 1.5, "batch_size": 512}]\nExperiment1\n[{}]\n');
    expect(runs.columns).to.deep.equal(["index", "experiment", "partition", ...Object.keys(runColumns)]);
    expect(runs.getColumn("batch_size").dtype.equals(pl.Int64)).to.equal(true);
    expect(runs.getColumn("total_cpu_time").dtype.equals(pl.Float64)).to.equal(true);
    expect(runs.getColumn("device").dtype.equals(pl.String)).to.equal(true);
    expect(runs.select("index", "experiment", "partition", "total_cpu_time", "batch_size", "device").toRecords()).to.deep.equal([
      {index: 0, experiment: "Experiment2", partition: "25MB", total_cpu_time: 1.5, batch_size: 512, device: null},
      {index: 1, experiment: "Experiment1", partition: null, total_cpu_time: null, batch_size: null, device: null},
    ]);
  });
  it("takes the partition from the first segment of data_path", () => {
    const {runs} = clean('Experiment1\n[{"data_path": "100MB/x/y.tar"}, {"data_path": "plain"}, {"data_path": ""}]\n');
    expect(runs.getColumn("partition").toArray()).to.deep.equal(["100MB", "plain", ""]);
  });
  it("counts every coerced value by experiment, column and kind, with an example", () => {
    const {runs, coercions} = clean(
      'Experiment1\n[{"total_cpu_time": "2.5"}, {"total_cpu_time": "x"}, {"total_cpu_time": NaN}, {"total_cpu_time": "3"}]\nExperiment2\n[{"num_batches": 2.5}]\n',
    );
    expect(runs.getColumn("total_cpu_time").toArray()).to.deep.equal([2.5, null, null, 3, null]);
    expectFrame(coercions, {
      experiment: ["Experiment1", "Experiment1", "Experiment1", "Experiment2"],
      column: ["total_cpu_time", "total_cpu_time", "total_cpu_time", "num_batches"],
      kind: ["number from string", "not a number", "NaN to null", "not an integer"],
      count: [2, 1, 1, 1],
      example: ['"2.5"', '"x"', "NaN", "2.5"],
    });
  });
  it("warns about unknown fields, naming the experiments that have them", () => {
    const {warnings, runs} = clean('Experiment1\n[{"gpu": 1}, {"gpu": 2}]\nExperiment2\n[{"gpu": 3, "note": "x"}]\n');
    expect(warnings).to.deep.equal(['unknown field ignored: "gpu" (Experiment1, Experiment2)', 'unknown field ignored: "note" (Experiment2)']);
    expect(runs.height).to.equal(3);
  });
  it("uses the last of two keys for the same variable, and says so", () => {
    const {runs, coercions} = clean('Experiment1\n[{"total_cpu_time": 1, "total_cpu_time (seconds)": 2}]\n');
    expect(runs.getColumn("total_cpu_time").toArray()).to.deep.equal([2]);
    expect(records(coercions)).to.deep.equal([{experiment: "Experiment1", column: "total_cpu_time", kind: "repeated key, last used", count: 1, example: '"total_cpu_time (seconds)"'}]);
  });
  it("keeps runs in file order across a repeated experiment, lists experiments in order of first appearance, empty ones included", () => {
    const {experiments, warnings, runs} = clean("Experiment3\n[]\nExperiment1\n[{}]\nExperiment3\n[{}]\n");
    expect(experiments).to.deep.equal(["Experiment3", "Experiment1"]);
    expect(runs.select("index", "experiment").toRecords()).to.deep.equal([{index: 0, experiment: "Experiment1"}, {index: 1, experiment: "Experiment3"}]);
    expect(warnings).to.deep.equal(["Experiment3 appears again at line 5 (first at line 1): runs merged"]);
  });
  it("gives an empty frame with every column for a file without runs", () => {
    const {runs, coercions} = clean("");
    expect(runs.height).to.equal(0);
    expect(runs.width).to.equal(3 + Object.keys(runColumns).length);
    expect(coercions.height).to.equal(0);
  });
});

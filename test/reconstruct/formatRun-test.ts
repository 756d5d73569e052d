import {expect} from "chai";
import type {BaseRun} from "../../src/reconstruct/baseRuns";
import {formatRun} from "../../src/reconstruct/formatRun";

const run: BaseRun = {
  shard: 42,
  cpuTime: 35600,
  cpuMemory: 715139,
  execTime: 35700,
  throughput: 2370000000,
  samplesPerSec: 1443600,
  processMemory: 500000,
  imageMemory: 150025,
  modelMemory: 90000,
  libraryMemory: 30000,
  numBatches: 1,
};

describe("formatRun(run, place)", () => {
  it("writes one line of JSON with Python's spacing, sorted keys and exact decimals", () => {
    expect(formatRun(run, {partition: "25MB", experiment: "Experiment7", index: 1})).to.equal(
      '{"batch_size": 512, "data_path": "25MB/shard-00042.tar", "device": "cpu", ' +
        '"execution_time (seconds/batch)": 3.57, "library_overhead_memory (MB)": 300.0, "num_batches": 1, ' +
        '"result_path": "results/Experiment7/run-0001.json", "sample_persec": 144.36, "throughput_bps": 23700000.0, ' +
        '"total_cpu_memory (MB)": 7151.39, "total_cpu_time (seconds)": 3.56, "total_image_memory (MB)": 1500.25, ' +
        '"total_model_memory (MB)": 900.0, "total_process_memory (MB)": 5000.0}',
    );
  });
  it("writes rank only when the run has one", () => {
    const line = formatRun({...run, rank: 3}, {partition: "10MB", experiment: "Experiment2", index: 12});
    expect(line).to.contain('"num_batches": 1, "rank": 3, "result_path": "results/Experiment2/run-0012.json"');
    expect(Object.keys(JSON.parse(line))).to.have.length(15);
    expect(Object.keys(JSON.parse(formatRun(run, {partition: "10MB", experiment: "E", index: 1})))).to.have.length(14);
  });
});

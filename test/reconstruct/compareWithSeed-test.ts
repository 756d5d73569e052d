import {expect} from "chai";
import pl from "nodejs-polars";
import {resolve} from "node:path";
import {analyseFile} from "../../src/analyse";
import {compareWithSeed, seedAgreement} from "../../src/reconstruct/compareWithSeed";
import {seedExperiments} from "../../src/reconstruct/seedTable";
import {records} from "../helpers/frames";

// A summary frame holding the seed's printed values, the throughput in bytes/s as experimentSummary has it.
function seedSummary(edit: (row: Record<string, unknown>) => Record<string, unknown> | null = (row) => row): pl.DataFrame {
  const rows = seedExperiments
    .map((r) => ({
      experiment: r.experiment,
      data_prefix: r.dataPrefix,
      file_limit: r.fileLimit,
      n_records: 10,
      avg_total_cpu_time_seconds: r.cpuTime,
      avg_total_cpu_memory_mb: r.cpuMemory,
      avg_execution_time_seconds_batch: r.execTime,
      avg_throughput_bps: r.throughputMBps * 1e6,
      avg_throughput_MBps: r.throughputMBps,
      avg_sample_persec: r.samplesPerSec,
    }))
    .map(edit)
    .filter((r): r is Record<string, unknown> => r !== null);
  return pl.readRecords(rows);
}

describe("compareWithSeed(summary)", () => {
  it("puts each of the seed's 154 values beside ours, both as printed, one row per experiment and column", () => {
    const comparison = compareWithSeed(seedSummary());
    expect(comparison.columns).to.deep.equal(["experiment", "column", "seed", "ours", "match"]);
    expect(comparison.height).to.equal(22 * 7);
    expect(records(comparison.head(7))).to.deep.equal([
      {experiment: "Experiment1", column: "Data Prefix", seed: "100MB", ours: "100MB", match: true},
      {experiment: "Experiment1", column: "File Limit", seed: "2", ours: "2", match: true},
      {experiment: "Experiment1", column: "Avg CPU Time (s)", seed: "25.34", ours: "25.34", match: true},
      {experiment: "Experiment1", column: "Avg CPU Memory (MB)", seed: "14295.35", ours: "14295.35", match: true},
      {experiment: "Experiment1", column: "Avg Exec Time per Batch (s)", seed: "0.33", ours: "0.33", match: true},
      {experiment: "Experiment1", column: "Avg Throughput (MB/s)", seed: "5.09", ours: "5.09", match: true},
      {experiment: "Experiment1", column: "Avg Samples/s", seed: "201.66", ours: "201.66", match: true},
    ]);
  });
  it("compares ours rounded to two decimals, as the seed printed it", () => {
    const summary = seedSummary((r) => (r.experiment === "Experiment2" ? {...r, avg_total_cpu_time_seconds: 3.5649, avg_sample_persec: 144.365} : r));
    const rows = records(compareWithSeed(summary)).filter((r) => r.experiment === "Experiment2");
    expect(rows[2]).to.include({column: "Avg CPU Time (s)", ours: "3.56", match: true});
    // 144.365 is 144.36500000000000909… in binary, so it prints as 144.37, as Python's f"{x:.2f}" does.
    expect(rows[6]).to.include({column: "Avg Samples/s", ours: "144.37", match: false});
  });
  it("gives an experiment that only one side has null on the other, and no match", () => {
    const summary = seedSummary((r) => (r.experiment === "Experiment3" ? null : r)).vstack(
      pl.readRecords([{...records(seedSummary().head(1))[0], experiment: "Experiment26"}]),
    );
    const rows = records(compareWithSeed(summary));
    expect(rows.filter((r) => r.experiment === "Experiment3").map((r) => [r.ours, r.match])).to.deep.equal(Array(7).fill([null, false]));
    expect(rows.filter((r) => r.experiment === "Experiment26").map((r) => [r.seed, r.match])).to.deep.equal(Array(7).fill([null, false]));
    expect(rows[rows.length - 1].experiment).to.equal("Experiment26");
  });
  it("matches every value of the seed's table on the bundled data", () => {
    const {summary} = analyseFile(resolve(__dirname, "../../data/All Experiments.txt"));
    expect(compareWithSeed(summary).filter(pl.col("match").not()).height).to.equal(0);
  });
});

describe("seedAgreement(comparison)", () => {
  it("says that all 110 numbers match, and the labels", () => {
    expect(seedAgreement(compareWithSeed(seedSummary()))).to.equal("all 110 numbers match the seed's table; the 22 data prefixes and 22 file limits match");
  });
  it("names the numbers that differ, three at most", () => {
    const one = seedSummary((r) => (r.experiment === "Experiment1" ? {...r, avg_total_cpu_time_seconds: 25.35} : r));
    expect(seedAgreement(compareWithSeed(one))).to.equal(
      "1 of 110 numbers differ from the seed's table (Experiment1 Avg CPU Time (s): seed 25.34, ours 25.35); the 22 data prefixes and 22 file limits match",
    );
    const many = seedSummary((r) => ({...r, avg_sample_persec: 1}));
    expect(seedAgreement(compareWithSeed(many))).to.match(/^22 of 110 numbers differ from the seed's table \(Experiment1 Avg Samples\/s: seed 201\.66, ours 1\.00; Experiment2 .*; Experiment3 .*; …\)/);
  });
  it("names differing labels, experiments missing here and experiments the seed does not have", () => {
    const summary = seedSummary((r) => (r.experiment === "Experiment3" ? null : r.experiment === "Experiment4" ? {...r, file_limit: 2} : r)).vstack(
      pl.readRecords([{...records(seedSummary().head(1))[0], experiment: "Experiment26"}]),
    );
    expect(seedAgreement(compareWithSeed(summary))).to.equal(
      "5 of 110 numbers differ from the seed's table (Experiment3 Avg CPU Time (s): seed 3.56, ours none; Experiment3 Avg CPU Memory (MB): seed 7151.39, ours none; Experiment3 Avg Exec Time per Batch (s): seed 3.57, ours none; …); " +
        "3 of the 22 data prefixes and 22 file limits differ (Experiment3 Data Prefix: seed 10MB, ours none; Experiment3 File Limit: seed 2, ours none; Experiment4 File Limit: seed 4, ours 2); " +
        "missing from these results: Experiment3; not in the seed's table: Experiment26",
    );
  });
});

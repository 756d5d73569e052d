import {expect} from "chai";
import {readFileSync} from "node:fs";
import {analyseFile} from "../../src/analyse";
import {partitionCostTable, readPrices} from "../../src/cost";
import {partitionText} from "../../src/format";
import {partitionColumns} from "../../src/schema";
import {expectDollars} from "./prices";
import {expectFrame} from "../helpers/frames";
import {runsFrame} from "../helpers/runs";

describe("partitionCostTable(runs)", () => {
  const runs = runsFrame({
    experiment: ["E1", "E1", "E2", "E2", "E3", "E4"],
    data_path: ["100MB/a", "100MB/b", "25MB/a", "10MB/a", "1GB/a", null],
    total_cpu_time: [1.005, 2, 3.14159, null, 5, 6],
    total_cpu_memory: [1024, 3072, 1536, 100, 2048, 512],
  });

  it("counts requests and averages duration and memory per partition, sorted by size, unknown last", () => {
    expectFrame(partitionCostTable(runs), {
      partition: ["10MB", "25MB", "100MB", "1GB", null],
      Requests: [1, 1, 2, 1, 1],
      Duration_s: [null, 3.14, 1.5, 5, 6],
      Memory_GB: [0.1, 1.5, 2, 2, 0.5],
      "Cost ($)": [null, 0.16, 0.38, null, null],
    });
  });
  it("rounds half to even as pandas does", () => {
    const table = partitionCostTable(runsFrame({experiment: ["E", "E"], data_path: ["50MB/a", "75MB/a"], total_cpu_time: [0.125, 0.375], total_cpu_memory: [256, 1280]}));
    expect(table.getColumn("Duration_s").toArray()).to.deep.equal([0.12, 0.38]);
    expect(table.getColumn("Memory_GB").toArray()).to.deep.equal([0.2, 1.2]);
  });
  it("takes costs from the given lookup", () => {
    const table = partitionCostTable(runs, {costs: {"10MB": 0.1}});
    expect(table.getColumn("Cost ($)").toArray()).to.deep.equal([0.1, null, null, null, null]);
  });
});

describe("partitionCostTable(runs, {prices})", () => {
  const runs = runsFrame({
    experiment: ["E1", "E1", "E2", "E3"],
    data_path: ["10MB/a", "10MB/b", "25MB/a", "25MB/b"],
    total_cpu_time: [2, 4, 90.2, 1],
    total_cpu_memory: [1024, 3072, 17864, 140000],
    batch_size: [512, 512, 512, 512],
    num_batches: [1, 2, 4, null],
  });
  const fargate = {model: "fargate", name: "f", architecture: "x86_64", perVcpuHour: 0.04, perGbHour: 0.004} as const;

  it("adds cost per run, per MB of the partition's size, per 1,000 samples and in total, and whether the service can run them", () => {
    const table = partitionCostTable(runs, {prices: fargate});
    expect(table.columns).to.deep.equal(["partition", "Requests", "Duration_s", "Memory_GB", "Cost ($)", "Cost per MB ($)", "Cost per 1k samples ($)", "Total ($)", "Feasible"]);
    // Both 10MB runs bill the 60 s minimum: 1 GB -> 0.25 vCPU, 1 GB; 3 GB -> 0.5 vCPU, 3 GB.
    const small = [((0.25 * 0.04 + 1 * 0.004) * 60) / 3600, ((0.5 * 0.04 + 3 * 0.004) * 60) / 3600];
    // 25MB: 17,864 MB -> 4 vCPU, 18 GB for 91 s; 140,000 MB -> past Fargate's 120 GB: 16 vCPU, 144 GB (8 GB steps) for 60 s.
    const large = [((4 * 0.04 + 18 * 0.004) * 91) / 3600, ((16 * 0.04 + 144 * 0.004) * 60) / 3600];
    const total = (costs: number[]) => costs[0] + costs[1];
    expectDollars(table.getColumn("Cost ($)").toArray(), [total(small) / 2, total(large) / 2]);
    expectDollars(table.getColumn("Cost per MB ($)").toArray(), [total(small) / 2 / 10, total(large) / 2 / 25]);
    // Samples: 10MB 512 × 1 + 512 × 2; 25MB only the run with batches known, 512 × 4, and its cost alone.
    expectDollars(table.getColumn("Cost per 1k samples ($)").toArray(), [(total(small) / 1536) * 1000, (large[0] / 2048) * 1000]);
    expectDollars(table.getColumn("Total ($)").toArray(), [total(small), total(large)]);
    expect(table.getColumn("Feasible").toArray()).to.deep.equal(["yes", "partly: memory over Fargate's 120 GB (1 of 2 runs)"]);
    expect(table.getColumn("Memory_GB").toArray()).to.deep.equal([2, 77.1]);
  });
  it("with the seed preset gives the seed's costs per run, their totals, and says the seed priced 10MB at nothing", () => {
    const table = partitionCostTable(runs, {prices: readPrices("seed")});
    expect(table.getColumn("Cost ($)").toArray()).to.deep.equal([null, 0.16]);
    expect(table.getColumn("Total ($)").toArray()).to.deep.equal([null, 0.32]);
    expect(table.getColumn("Feasible").toArray()).to.deep.equal(["no price in the lookup: priced at nothing, not zero", "fixed price per run"]);
  });
  it("with the seed preset on the bundled data keeps the seed's table in its first five columns", () => {
    const {runs: bundled, partitions} = analyseFile("data/All Experiments.txt");
    const priced = partitionCostTable(bundled, {prices: readPrices("seed")});
    expect(partitionText(priced.select(...partitionColumns))).to.equal(readFileSync("test/fixtures/seed-partitions.txt", "utf8"));
    expect(partitionText(partitions)).to.equal(readFileSync("test/fixtures/seed-partitions.txt", "utf8"));
    expect(priced.getColumn("Total ($)").toArray()).to.deep.equal([null, 1600 * 0.16, 410 * 0.2, 685 * 0.3, 615 * 0.38]);
  });
});

import {expect} from "chai";
import pl from "nodejs-polars";
import {cheapestPartitions, partitionUnitCosts} from "../../src/cost/partitionUnitCosts";
import {expectFrame} from "../helpers/frames";

// The seed's partition table as partitionCostTable returns it.
const seed = pl.DataFrame([
  pl.Series("partition", ["10MB", "25MB", "50MB", "75MB", "100MB"], pl.Utf8),
  pl.Series("Requests", [100, 1600, 410, 685, 615], pl.Int64),
  pl.Series("Duration_s", [3.56, 7.28, 11.89, 18.37, 22.84], pl.Float64),
  pl.Series("Memory_GB", [7, 17.4, 34.7, 52, 60.2], pl.Float64),
  pl.Series("Cost ($)", [null, 0.16, 0.2, 0.3, 0.38], pl.Float64),
]);

describe("partitionUnitCosts(partitions)", () => {
  it("adds each partition's size, its cost per MB and the total of its runs; null without a cost", () => {
    const table = partitionUnitCosts(seed);
    expect(table.columns).to.deep.equal(["partition", "size_MB", "Requests", "Cost ($)", "Cost per MB ($)", "Total ($)"]);
    expect(table.getColumn("size_MB").toArray()).to.deep.equal([10, 25, 50, 75, 100]);
    expect((table.getColumn("Cost per MB ($)").toArray() as (number | null)[]).map((x) => (x === null ? null : Number(x.toFixed(6))))).to.deep.equal([null, 0.0064, 0.004, 0.004, 0.0038]);
    expect((table.getColumn("Total ($)").toArray() as (number | null)[]).map((x) => (x === null ? null : Number(x.toFixed(6))))).to.deep.equal([null, 256, 82, 205.5, 233.7]);
  });
  it("leaves the cost per MB null where the partition name gives no size, and reads GB", () => {
    const table = pl.DataFrame([
      pl.Series("partition", ["odd", "1GB", null], pl.Utf8),
      pl.Series("Requests", [1, 2, 3], pl.Int64),
      pl.Series("Cost ($)", [0.5, 1.024, null], pl.Float64),
    ]);
    expectFrame(partitionUnitCosts(table), {
      partition: ["odd", "1GB", null],
      size_MB: [null, 1024, null],
      Requests: [1, 2, 3],
      "Cost ($)": [0.5, 1.024, null],
      "Cost per MB ($)": [null, 0.001, null],
      "Total ($)": [0.5, 2.048, null],
    });
  });
});

describe("cheapestPartitions(partitions)", () => {
  it("ranks priced partitions cheapest first per run and per MB, ties as printed in size order, and names those without a cost", () => {
    expect(cheapestPartitions(seed)).to.deep.equal([
      "per run, cheapest first: 25MB $0.16, 50MB $0.20, 75MB $0.30, 100MB $0.38",
      "per MB, cheapest first: 100MB $0.0038, 50MB $0.0040, 75MB $0.0040, 25MB $0.0064",
      "no cost in the lookup: 10MB",
    ]);
  });
  it("prints four significant digits with {money: true}, for the small costs of a usage-based model", () => {
    const priced = seed.withColumns(pl.Series("Cost ($)", [0.0012303, 0.0039619, 0.0081178, 0.0093946, 0.013977], pl.Float64));
    expect(cheapestPartitions(priced, {money: true})).to.deep.equal([
      "per run, cheapest first: 10MB $0.001230, 25MB $0.003962, 50MB $0.008118, 75MB $0.009395, 100MB $0.01398",
      "per MB, cheapest first: 10MB $0.0001230, 75MB $0.0001253, 100MB $0.0001398, 25MB $0.0001585, 50MB $0.0001624",
    ]);
  });
  it("says so when no partition has a cost", () => {
    expect(cheapestPartitions(seed.withColumns(pl.lit(null).cast(pl.Float64).alias("Cost ($)")))).to.deep.equal(["no partition has a cost in the lookup"]);
  });
});

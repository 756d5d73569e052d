import {expect} from "chai";
import {readFileSync} from "node:fs";
import {analyseFile} from "../src/analyse";
import {partitionText, summaryMarkdown} from "../src/format";

describe("the bundled results file", () => {
  const analysis = analyseFile("data/All Experiments.txt");

  it("has 22 experiments and 3,410 runs, all kept, none coerced", () => {
    expect(analysis.experiments).to.have.length(22);
    expect(analysis.runs.height).to.equal(3410);
    expect(analysis.coercions.height).to.equal(0);
    expect(analysis.warnings).to.deep.equal([]);
  });
  it("gives the seed's summary table, character for character", () => {
    expect(summaryMarkdown(analysis.summary)).to.equal(readFileSync("test/fixtures/seed-summary.md", "utf8"));
  });
  it("gives the seed's partition cost table, as pandas printed it", () => {
    expect(partitionText(analysis.partitions)).to.equal(readFileSync("test/fixtures/seed-partitions.txt", "utf8"));
  });
});

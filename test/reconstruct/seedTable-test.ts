import {expect} from "chai";
import {duplicateGroups, fileOrder} from "../../src/reconstruct/layout";
import {seedExperiments, seedPartitions, seedRunCount} from "../../src/reconstruct/seedTable";

const runsOf = (experiment: string) => duplicateGroups.find((g) => g.experiments.includes(experiment))!.runs;

describe("seed table and layout", () => {
  it("the groups cover every seed experiment once, with 3410 runs in all", () => {
    const grouped = duplicateGroups.flatMap((g) => g.experiments).sort();
    expect(grouped).to.deep.equal(seedExperiments.map((r) => r.experiment).sort());
    expect(seedExperiments.reduce((a, r) => a + runsOf(r.experiment), 0)).to.equal(seedRunCount);
  });
  it("experiments of a group have identical rows in the seed table", () => {
    for (const group of duplicateGroups) {
      const rows = seedExperiments.filter((r) => group.experiments.includes(r.experiment));
      const metrics = rows.map(({experiment: _, fileLimit: __, ...rest}) => rest);
      metrics.forEach((m) => expect(m).to.deep.equal(metrics[0]));
    }
  });
  it("the cyclic File Limit assigned in file order is the seed's column", () => {
    expect(fileOrder.slice().sort()).to.deep.equal(seedExperiments.map((r) => r.experiment).sort());
    fileOrder.forEach((experiment, i) => {
      const row = seedExperiments.find((r) => r.experiment === experiment)!;
      expect(row.fileLimit, experiment).to.equal(((i % 5) + 1) * 2);
    });
  });
  it("the partition table follows from the experiment table and the run counts", () => {
    for (const partition of seedPartitions) {
      const rows = seedExperiments.filter((r) => r.dataPrefix === partition.partition);
      const requests = rows.reduce((a, r) => a + runsOf(r.experiment), 0);
      const weighted = (f: (r: (typeof rows)[number]) => number) =>
        rows.reduce((a, r) => a + f(r) * runsOf(r.experiment), 0) / requests;
      expect(requests, partition.partition).to.equal(partition.requests);
      expect(Number(weighted((r) => r.cpuTime).toFixed(2)), partition.partition).to.equal(partition.durationS);
      expect(Number((weighted((r) => r.cpuMemory) / 1024).toFixed(1)), partition.partition).to.equal(partition.memoryGB);
    }
  });
});

import {assert} from "chai";
import pl from "nodejs-polars";
import {partitionScaling} from "../../src/charts/partitionScaling";

describe("partitionScaling(runs)", () => {
  it("averages CPU time and memory per partition and orders partitions by size", () => {
    const runs = pl.DataFrame({
      partition: ["100MB", "big", "25MB", "25MB", null, "1GB"],
      total_cpu_time: [20, 7, 6, null, 1, 100],
      total_cpu_memory: [60000, 7, 17000, 19000, 1, 600000]
    });
    assert.deepEqual(partitionScaling(runs).toRecords(), [
      {partition: "25MB", partition_mb: 25, n_runs: 2, mean_total_cpu_time: 6, mean_total_cpu_memory: 18000},
      {partition: "100MB", partition_mb: 100, n_runs: 1, mean_total_cpu_time: 20, mean_total_cpu_memory: 60000},
      {partition: "1GB", partition_mb: 1024, n_runs: 1, mean_total_cpu_time: 100, mean_total_cpu_memory: 600000},
      {partition: "big", partition_mb: null, n_runs: 1, mean_total_cpu_time: 7, mean_total_cpu_memory: 7}
    ]);
  });
});

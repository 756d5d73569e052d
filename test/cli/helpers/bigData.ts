/** About 45 MB of runs: an analysis that takes several seconds. */
export function bigData(): string {
  const run = JSON.stringify({data_path: "25MB/f", "total_cpu_time (seconds)": 1, "total_cpu_memory (MB)": 2, throughput_bps: 3, device: "cpu"});
  const list = `[${Array(20_000).fill(run).join(",\n")}]\n`;
  return Array.from({length: 20}, (_, i) => `Experiment${i + 1}\n${list}`).join("");
}


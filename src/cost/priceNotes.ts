import type {PriceModel} from "./priceModel";

/** What a price model assumes, in sentences for summary.md and notebooks: what it bills, how it rounds, what it leaves out. */
export function priceNotes(prices: PriceModel): string[] {
  const time = prices.model !== "seed" && prices.duration === "execution_time" ? "time per batch × batches" : "total CPU time (the seed's Duration_s)";
  const origin = [prices.region && !prices.name.includes(prices.region) ? prices.region : null, prices.date && `list price as known on ${prices.date}`, prices.source].filter(Boolean).join(", ");
  const head = `Price model ${prices.model}: ${prices.name}${origin ? ` (${origin})` : ""}.`;
  switch (prices.model) {
    case "seed":
      return [head, "A fixed price per run for each partition, derived from nothing the runs measured; a partition not in the lookup has no cost (nothing, not zero)."];
    case "lambda":
      return [
        head,
        `Each run is one invocation: ${prices.memoryMb ? `${prices.memoryMb} MB configured` : "memory configured as the run's measured peak rounded up to 1 MB (at least 128 MB)"} × ${time} rounded up to the ms × $${prices.perGbSecond} per GB-second, plus $${prices.perMillionRequests} per million requests.`,
        "Lambda's limits: 10,240 MB of memory, 900 s per invocation. No free tier, no tiered discounts.",
      ];
    case "fargate":
      return [
        head,
        `Each run is one task: ${prices.vcpu ? `${prices.vcpu} vCPU and ${prices.memoryGb} GB` : "the cheapest task size holding the run's measured memory"} × ${time} rounded up to the second, at least one minute, at $${prices.perVcpuHour} per vCPU-hour and $${prices.perGbHour} per GB-hour.`,
        "Fargate's limits: 16 vCPU and 120 GB per task. Duration held as measured, whatever the task's vCPUs.",
      ];
    case "instance":
      return [
        head,
        `A ${prices.instanceType} (${prices.vcpu} vCPU, ${prices.memoryGb} GB) at $${prices.perHour} an hour, kept full: cut into as many equal slots as runs of ${prices.memoryMb ? `${prices.memoryMb} MB` : "a run's measured memory"} fit, at most one per vCPU; each run pays its slot for its ${time}, rounded up to the second.`,
        "Idle time between runs, start-up and storage are not counted: the cost of a machine that is never idle.",
      ];
  }
}

/** Where a price file's numbers come from; every bundled preset fills it in. */
export interface PriceSource {
  /** A short label for tables and summary.md, e.g. "AWS Lambda arm64, us-east-1". */
  name: string;
  region?: string;
  /** The day the prices were taken (YYYY-MM-DD). */
  date?: string;
  /** Where they were published. */
  source?: string;
  note?: string;
}

/** Which measured time a usage-based model bills: total CPU time (the seed's Duration_s) or time per batch × batches. */
export type DurationColumn = "total_cpu_time" | "execution_time";

/** The seed's fixed price per run of each partition, in dollars; a partition not listed has no price. */
export interface SeedPrices extends PriceSource {
  model: "seed";
  perRun: Readonly<Record<string, number>>;
}

/** AWS Lambda: GB-seconds of configured memory by the millisecond, plus a price per million requests (one per run). */
export interface LambdaPrices extends PriceSource {
  model: "lambda";
  architecture: "x86_64" | "arm64";
  perGbSecond: number;
  perMillionRequests: number;
  /** Configured memory; by default each run's measured memory rounded up to 1 MB (at least 128). */
  memoryMb?: number;
  duration?: DurationColumn;
}

/** AWS Fargate: vCPU-hours and GB-hours of the task size, by the second with a one-minute minimum. */
export interface FargatePrices extends PriceSource {
  model: "fargate";
  architecture: "x86_64" | "arm64";
  perVcpuHour: number;
  perGbHour: number;
  /** A fixed task size; by default the cheapest valid size holding each run's measured memory. */
  vcpu?: number;
  memoryGb?: number;
  duration?: DurationColumn;
}

/** A machine rented by the hour, billed by the second, shared by as many runs as fit in its memory (one per vCPU at most). */
export interface InstancePrices extends PriceSource {
  model: "instance";
  instanceType: string;
  vcpu: number;
  memoryGb: number;
  perHour: number;
  architecture?: "x86_64" | "arm64";
  /** The memory each run is given a slot of; by default its measured memory. */
  memoryMb?: number;
  duration?: DurationColumn;
}

/** A price model, as read from a price file. */
export type PriceModel = SeedPrices | LambdaPrices | FargatePrices | InstancePrices;

/** A model that bills what runs use (everything but the seed's lookup). */
export type UsagePrices = LambdaPrices | FargatePrices | InstancePrices;

/** What a run used, as a price model reads it: its partition, memory in MB and duration in seconds (null if not measured). */
export interface RunUsage {
  partition: string | null;
  memoryMb: number;
  seconds: number;
}

/** What a run costs under a model: dollars (null if the model has no price for it), what is billed, and why it could not run there. */
export interface RunCost {
  cost: number | null;
  billedMemoryMb: number | null;
  billedSeconds: number | null;
  vcpu?: number;
  slots?: number;
  /** Why the run cannot run so on that service (null if it can): its cost is what it would be billed if it could. */
  problem: string | null;
}

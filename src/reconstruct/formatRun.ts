import type {BaseRun} from "./baseRuns";
import {decimal} from "./decimal";
import {places} from "./units";

/** Where a run sits: its partition (data prefix), experiment and 1-based position in the experiment. */
export interface RunPlace {
  partition: string;
  experiment: string;
  index: number;
}

/** One run as a single line of JSON with the keys and spacing of Python's json.dumps(sort_keys=True). */
export function formatRun(run: BaseRun, {partition, experiment, index}: RunPlace): string {
  const mb = (units: number) => decimal(units, places.memory);
  // values are JSON text; a missing rank is left out, as the workers that had none wrote it
  const fields: [string, string | undefined][] = [
    ["batch_size", "512"],
    ["data_path", JSON.stringify(`${partition}/shard-${pad(run.shard, 5)}.tar`)],
    ["device", JSON.stringify("cpu")],
    ["execution_time (seconds/batch)", decimal(run.execTime, places.execTime)],
    ["library_overhead_memory (MB)", mb(run.libraryMemory)],
    ["num_batches", String(run.numBatches)],
    ["rank", run.rank === undefined ? undefined : String(run.rank)],
    ["result_path", JSON.stringify(`results/${experiment}/run-${pad(index, 4)}.json`)],
    ["sample_persec", decimal(run.samplesPerSec, places.samplesPerSec)],
    ["throughput_bps", decimal(run.throughput, places.throughput)],
    ["total_cpu_memory (MB)", mb(run.cpuMemory)],
    ["total_cpu_time (seconds)", decimal(run.cpuTime, places.cpuTime)],
    ["total_image_memory (MB)", mb(run.imageMemory)],
    ["total_model_memory (MB)", mb(run.modelMemory)],
    ["total_process_memory (MB)", mb(run.processMemory)],
  ];
  const parts = fields.flatMap(([key, json]) => (json === undefined ? [] : [`${JSON.stringify(key)}: ${json}`]));
  return `{${parts.join(", ")}}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

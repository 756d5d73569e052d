import {closeSync, openSync, readFileSync, writeSync} from "node:fs";
import {parseExperiments} from "../../src/parse";
import {mulberry32} from "../../src/reconstruct";
import {formatSection, type Layout} from "./layouts";

type Run = Record<string, unknown>;

/**
 * Writes a results file in the bundled file's format made of `copies` copies of its sections, each
 * copy renumbered (Experiment3 becomes Experiment28 in the second copy) and its measurements moved
 * by seeded noise, written in `layout`: the same copies and layout always give the same bytes, and
 * every layout the same runs. Returns the number of runs written.
 */
export function generateResults(path: string, copies: number, layout: Layout = "one run per line", bundled = "data/All Experiments.txt"): number {
  const {sections} = parseExperiments(readFileSync(bundled, "utf8"));
  const random = mulberry32(20261126);
  const fd = openSync(path, "w");
  const shuffle = mulberry32(7);
  let runs = 0, text = "", index = 0;
  try {
    for (let copy = 0; copy < copies; copy++) {
      for (const {experiment: name, runs: list} of sections) {
        const experiment = `Experiment${Number(name.slice("Experiment".length)) + 25 * copy}`;
        const section = formatSection(experiment, list.map((run) => jitter(run, experiment, random)), layout, shuffle, index++);
        text += `${text || copy ? (layout === "CRLF" ? "\r\n" : "\n") : ""}${section}`;
        runs += list.length;
        if (text.length > 1 << 22) writeSync(fd, text), (text = "");
      }
    }
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return runs;
}

/** Decimal places each measurement is written with, as in the bundled file. */
const PLACES: Record<string, number> = {
  "execution_time (seconds/batch)": 4,
  "library_overhead_memory (MB)": 2,
  sample_persec: 4,
  throughput_bps: 2,
  "total_cpu_memory (MB)": 2,
  "total_cpu_time (seconds)": 4,
  "total_image_memory (MB)": 2,
  "total_model_memory (MB)": 2,
  "total_process_memory (MB)": 2,
};

function jitter(run: Run, experiment: string, random: () => number): Run {
  const out: Run = {};
  for (const [key, value] of Object.entries(run)) {
    const places = PLACES[key];
    if (places !== undefined && typeof value === "number") out[key] = Number((value * (0.95 + 0.1 * random())).toFixed(places));
    else if (key === "result_path" && typeof value === "string") out[key] = value.replace(/Experiment\d+/, experiment);
    else out[key] = value;
  }
  return out;
}

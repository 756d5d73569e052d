import type pl from "nodejs-polars";
import {experimentSummary, partitionCostTable} from "./aggregate";
import {cleanRuns, type Runs} from "./clean";
import type {ParsedResults} from "./parse";
import {analysisDisplay} from "./notebook/analysisDisplay";
import {readRuns, type ReadOptions, type Source} from "./read";

/** Everything the analysis derives from one results file. */
export interface Analysis extends Runs {
  summary: pl.DataFrame;
  partitions: pl.DataFrame;
  /** Where each section came from: experiment, file (when read from one) and header line. */
  sources: Source[];
  /** When read by analyseFile: runs the fast columnar path took, and runs the tolerant parser took one at a time. */
  paths?: {fast: number; tolerant: number};
}

/** Cleans parsed results and computes both tables of the seed. */
export function analyse(parsed: ParsedResults): Analysis {
  const sources = parsed.sections.map(({experiment, file, line}) => (file === undefined ? {experiment, line} : {experiment, file, line}));
  return tables({...cleanRuns(parsed), sources});
}

/**
 * Reads a results file, or a folder of them, and analyses it: the same analysis as
 * analyse(readResults(path)), read block by block in any layout (see readRuns). `progress` is told
 * how far each file has been read.
 */
export function analyseFile(path: string, options: ReadOptions = {}): Analysis {
  return tables(readRuns(path, options));
}

function tables(runs: Runs & Pick<Analysis, "sources">): Analysis {
  const analysis: Analysis = {
    ...runs,
    summary: experimentSummary(runs.runs, {experiments: runs.experiments}),
    partitions: partitionCostTable(runs.runs),
  };
  // Deno's Jupyter display protocol: a bare `analysis` in a cell shows an overview instead of every frame in full.
  return Object.defineProperty(analysis, Symbol.for("Jupyter.display"), {value: () => analysisDisplay(analysis).data});
}

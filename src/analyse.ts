import type pl from "nodejs-polars";
import {experimentSummary, partitionCostTable} from "./aggregate";
import {cleanRuns, type Runs} from "./clean";
import type {PriceModel} from "./cost";
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
  /** The price model of the partition table, when one was given (otherwise the seed's lookup, as the seed printed it). */
  prices?: PriceModel;
}

/** Cleans parsed results and computes both tables of the seed; `prices` prices the partition table with that model. */
export function analyse(parsed: ParsedResults, {prices}: {prices?: PriceModel} = {}): Analysis {
  const sources = parsed.sections.map(({experiment, file, line}) => (file === undefined ? {experiment, line} : {experiment, file, line}));
  return tables({...cleanRuns(parsed), sources}, prices);
}

/** How to read and analyse a file (see readRuns), and `prices`, a price model for the partition table. */
export interface AnalyseOptions extends ReadOptions {
  prices?: PriceModel;
}

/**
 * Reads a results file, or a folder of them, and analyses it: the same analysis as
 * analyse(readResults(path)), read block by block in any layout (see readRuns). `progress` is told
 * how far each file has been read; `prices` prices the partition table with that model.
 */
export function analyseFile(path: string, {prices, ...options}: AnalyseOptions = {}): Analysis {
  return tables(readRuns(path, options), prices);
}

function tables(runs: Runs & Pick<Analysis, "sources">, prices?: PriceModel): Analysis {
  const analysis: Analysis = {
    ...runs,
    summary: experimentSummary(runs.runs, {experiments: runs.experiments}),
    partitions: partitionCostTable(runs.runs, {prices}),
    ...(prices === undefined ? {} : {prices}),
  };
  // Deno's Jupyter display protocol: a bare `analysis` in a cell shows an overview instead of every frame in full.
  return Object.defineProperty(analysis, Symbol.for("Jupyter.display"), {value: () => analysisDisplay(analysis).data});
}

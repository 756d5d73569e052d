import {experimentSummary} from "./aggregate";
import type {Analysis} from "./analysis";
import {cleanRuns, type Runs} from "./clean";
import {partitionCostTable, type PriceModel} from "./cost";
import {lazy} from "./lazy";
import type * as Notebook from "./notebook";
import type {ParsedResults} from "./parse";
import {readRuns, type ReadOptions} from "./read";

export type {Analysis} from "./analysis";

// The notebook layer loads every chart module: required when a notebook first shows an analysis, not by the command.
const notebook: typeof Notebook = lazy(() => require("./notebook") as typeof Notebook);

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
  return Object.defineProperty(analysis, Symbol.for("Jupyter.display"), {value: () => notebook.analysisDisplay(analysis).data});
}

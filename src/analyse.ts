import type pl from "nodejs-polars";
import {experimentSummary, partitionCostTable} from "./aggregate";
import {cleanRuns, type Runs} from "./clean";
import {readResults, type ParsedResults} from "./parse";

/** Everything the analysis derives from one results file. */
export interface Analysis extends Runs {
  summary: pl.DataFrame;
  partitions: pl.DataFrame;
  /** Where each section came from: experiment, file (when read from one) and header line. */
  sources: {experiment: string; file?: string; line: number}[];
}

/** Cleans parsed results and computes both tables of the seed. */
export function analyse(parsed: ParsedResults): Analysis {
  const runs = cleanRuns(parsed);
  return {
    ...runs,
    summary: experimentSummary(runs.runs, {experiments: runs.experiments}),
    partitions: partitionCostTable(runs.runs),
    sources: parsed.sections.map(({experiment, file, line}) => (file === undefined ? {experiment, line} : {experiment, file, line})),
  };
}

/** Reads a results file, or a folder of them, and analyses it. */
export function analyseFile(path: string): Analysis {
  return analyse(readResults(path));
}

import {parseArgs} from "node:util";

/** What the command was asked to do. */
export interface Options {
  data: string;
  out: string;
  watch: boolean;
  /** Write CSV cells exactly as in the data, without the spreadsheet guard. */
  rawCsv: boolean;
  help: boolean;
  /** comparison.md: the experiment the others are compared with (default: the first by number), the metric (default: all five), α. */
  baseline?: string;
  metric?: string;
  alpha?: number;
  verbose?: boolean;
  /** A price preset's name or a price file's path; absent: the seed's partition table as it was. */
  prices?: string;
}

/** A command-line mistake, or an output folder the tool refuses to replace: exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm start -- [--data <file or folder>] [--out <dir>] [--watch] [--verbose] [--prices <preset or file>]

Analyses benchmark results (ExperimentN headers, each followed by a JSON list of runs) and writes
experiment_summary.csv, partition_cost_table.csv, summary.md, quality.md, quality.csv, comparison.md
and comparison.csv into the output folder.

  --data <path>  results file, or folder of *.txt and ExperimentN.json files read in natural
                 name order (default: data/All Experiments.txt)
  --out <dir>    output folder (default: results), replaced on success only if this tool wrote it:
                 its manifest.json names bench-analysis and lists every file in it. Anything
                 else there (your notes, the data) is never deleted: the run is refused. A
                 symbolic link is written through: its target is replaced, the link stays.
  --raw-csv      write CSV cells exactly as in the data (by default a text cell beginning with
                 = + - @ tab or CR gets a leading ' so spreadsheets do not run it as a formula)
  --watch        analyse again whenever the data changes; waits until files are complete
  --baseline <ExperimentN>  compare every experiment with this one in comparison.md/.csv
                 (default: the first by number)
  --metric <column>  compare only this run column (default: total_cpu_time, total_cpu_memory,
                 execution_time, throughput_bps, sample_persec)
  --alpha <a>    significance level of the comparisons, Holm-corrected (default: 0.05)
  --verbose      also say how many runs took the fast path and the tolerant parser
  --prices <p>   price the partition table with a model: a bundled preset (seed, lambda-arm64,
                 lambda-x86, fargate-x86, fargate-arm64, ec2-r6i-4xlarge, ec2-m7g-4xlarge) or a
                 price file (see docs/costs.md); a bad price file is bad input (exit 1)
  -h, --help     show this help

Exit codes: 0 done, 1 bad input (nothing written), 2 usage error or output folder refused
(nothing written), 3 cannot write the output (disk full, read-only, another run; old results
kept), 130 interrupted (old results kept).`;

/** Reads the command line; throws UsageError on anything it does not know. */
export function parseArguments(argv: string[]): Options {
  try {
    const {values} = parseArgs({
      args: argv,
      options: {
        data: {type: "string", default: "data/All Experiments.txt"},
        out: {type: "string", default: "results"},
        watch: {type: "boolean", default: false},
        "raw-csv": {type: "boolean", default: false},
        help: {type: "boolean", short: "h", default: false},
        baseline: {type: "string"},
        metric: {type: "string"},
        alpha: {type: "string", default: "0.05"},
        verbose: {type: "boolean", default: false},
        prices: {type: "string"},
      },
      strict: true,
      allowPositionals: false,
    });
    const alpha = Number(values.alpha);
    if (!(alpha > 0 && alpha < 1)) throw new UsageError(`--alpha must be a number between 0 and 1: ${values.alpha}`);
    return {data: values.data!, out: values.out!, watch: values.watch!, rawCsv: values["raw-csv"]!, help: values.help!, baseline: values.baseline, metric: values.metric, alpha, ...(values.verbose ? {verbose: true} : {}), ...(values.prices === undefined ? {} : {prices: values.prices})};
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${(error as Error).message.split("\n")[0].replace(/\. To specify.*$/, "")} (see --help)`);
  }
}

import {parseArgs} from "node:util";

/** What the command was asked to do. */
export interface Options {
  data: string;
  out: string;
  watch: boolean;
  help: boolean;
}

/** A command-line mistake: exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm start -- [--data <file or folder>] [--out <dir>] [--watch]

Analyses benchmark results (ExperimentN headers, each followed by a JSON list of runs) and writes
experiment_summary.csv, partition_cost_table.csv, summary.md, quality.md and quality.csv into the
output folder.

  --data <path>  results file, or folder of *.txt and ExperimentN.json files read in natural
                 name order (default: data/All Experiments.txt)
  --out <dir>    output folder, replaced as a whole on success (default: results)
  --watch        analyse again whenever the data changes; waits out half-written files
  -h, --help     show this help

Exit codes: 0 done, 1 bad input (nothing written), 2 usage error.`;

/** Reads the command line; throws UsageError on anything it does not know. */
export function parseArguments(argv: string[]): Options {
  try {
    const {values} = parseArgs({
      args: argv,
      options: {
        data: {type: "string", default: "data/All Experiments.txt"},
        out: {type: "string", default: "results"},
        watch: {type: "boolean", default: false},
        help: {type: "boolean", short: "h", default: false},
      },
      strict: true,
      allowPositionals: false,
    });
    return {data: values.data!, out: values.out!, watch: values.watch!, help: values.help!};
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0].replace(/\. To specify.*$/, "")} (see --help)`);
  }
}

import {parseArgs} from "node:util";

/** What the command was asked to do. */
export interface Options {
  data: string;
  out: string;
  help: boolean;
}

/** A command-line mistake: exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm start -- [--data <file>] [--out <dir>]

Analyses a benchmark results file (ExperimentN headers, each followed by a JSON list of runs)
and writes experiment_summary.csv, partition_cost_table.csv and summary.md into the output folder.

  --data <file>  results file (default: data/All Experiments.txt)
  --out <dir>    output folder, replaced as a whole on success (default: results)
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
        help: {type: "boolean", short: "h", default: false},
      },
      strict: true,
      allowPositionals: false,
    });
    return {data: values.data!, out: values.out!, help: values.help!};
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0].replace(/\. To specify.*$/, "")} (see --help)`);
  }
}

#!/usr/bin/env node
import {analyseFile} from "../analyse";
import {ResultsError} from "../parse";
import {parseArguments, USAGE, UsageError} from "./args";
import {outputs} from "./outputs";
import {report} from "./report";
import {writeOutputs} from "./writeOutputs";

/** Runs the command; returns its exit code: 0 done, 1 bad input, 2 usage error. */
export function main(argv: string[], print = console.log, printError = console.error): number {
  try {
    const options = parseArguments(argv);
    if (options.help) return print(USAGE), 0;
    const analysis = analyseFile(options.data);
    if (analysis.experiments.length === 0) throw new ResultsError("no experiments found", {file: options.data});
    const files = outputs(analysis, options.data);
    writeOutputs(options.out, files);
    for (const line of report(analysis, options.data)) print(line);
    print(`wrote ${options.out}/: ${Object.keys(files).sort().join(", ")}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return printError(`error: ${error.message}`), 2;
    if (error instanceof ResultsError) return printError(`error: ${error.message}`), 1;
    throw error;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

#!/usr/bin/env node
import {ResultsError} from "../parse";
import {analyseOnce} from "./analyseOnce";
import {parseArguments, USAGE, UsageError} from "./args";
import {watchResults} from "./watch";

/** Runs the command; returns its exit code: 0 done, 1 bad input, 2 usage error. Watching returns when aborted. */
export function main(argv: string[], print = console.log, printError = console.error, signal?: AbortSignal): number | Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options.help) return print(USAGE), 0;
    if (options.watch) return watchResults(options, print, signal ?? interrupted()).then(() => 0, (error) => failed(error, printError));
    const {lines, changed} = analyseOnce(options);
    for (const line of lines) print(line);
    for (const line of changed) print(line);
    return 0;
  } catch (error) {
    return failed(error, printError);
  }
}

/** The exit code of a usage error (2) or of bad input (1), said in one line; anything else is a bug and is thrown. */
function failed(error: unknown, printError: (line: string) => void): number {
  if (error instanceof UsageError) return printError(`error: ${error.message}`), 2;
  if (error instanceof ResultsError) return printError(`error: ${error.message}`), 1;
  throw error;
}

function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  process.once("SIGTERM", () => controller.abort());
  return controller.signal;
}

if (require.main === module) Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));

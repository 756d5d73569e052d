#!/usr/bin/env node
import {ResultsError, visible} from "../parse";
import {analyseOnce} from "./analyseOnce";
import {parseArguments, USAGE, UsageError} from "./args";
import {OutputError} from "./outputError";
import {watchResults} from "./watch";

/**
 * Runs the command; returns its exit code: 0 done, 1 bad input, 2 usage error or output folder
 * refused, 3 output not writable. Watching returns when aborted. Every printed line shows invisible
 * characters from the data as escapes, so a terminal cannot be steered by them.
 */
export function main(argv: string[], print = console.log, printError = console.error, signal?: AbortSignal): number | Promise<number> {
  const say = (line: string) => print(visible(line));
  const sayError = (line: string) => printError(visible(line));
  try {
    const options = parseArguments(argv);
    if (options.help) return print(USAGE), 0;
    if (options.watch) return watchResults(options, say, signal ?? interrupted()).then(() => 0, (error) => failed(error, sayError));
    const {lines, changed} = analyseOnce(options, {note: say});
    for (const line of lines) say(line);
    for (const line of changed) say(line);
    return 0;
  } catch (error) {
    return failed(error, sayError);
  }
}

/** The exit code of a usage error (2), bad input (1) or an unwritable output (3), said in one line; anything else is a bug and is thrown. */
function failed(error: unknown, printError: (line: string) => void): number {
  if (error instanceof UsageError) return printError(`error: ${error.message}`), 2;
  if (error instanceof ResultsError) return printError(`error: ${error.message}`), 1;
  if (error instanceof OutputError) return printError(`error: ${error.message}`), 3;
  throw error;
}

function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  process.once("SIGTERM", () => controller.abort());
  return controller.signal;
}

if (require.main === module) Promise.resolve(main(process.argv.slice(2))).then((code) => (process.exitCode = code));

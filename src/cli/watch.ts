import {watch as fsWatch} from "node:fs";
import {basename, dirname} from "node:path";
import {ResultsError} from "../parse";
import {isFolder} from "../parse/resultFiles";
import type {Options} from "./args";
import {analyseOnce} from "./analyseOnce";

/**
 * Analyses, then again whenever the data file or folder changes, until `signal` aborts. Changes are
 * debounced; a file caught half-written is waited for (retried until it parses), not fatal. Any
 * other error (an output folder it must not replace) stops watching and rejects.
 */
export function watchResults(options: Options, print: (line: string) => void, signal: AbortSignal, delay = 250): Promise<void> {
  const folder = isFolder(options.data);
  const target = folder ? options.data : dirname(options.data);
  const ignored = (name: string | null) =>
    name !== null && (name.startsWith(".") || name === basename(options.out) || (!folder && name !== basename(options.data)));
  let timer: NodeJS.Timeout | undefined, waiting = "";
  return new Promise((resolve, reject) => {
    const stop = () => (clearTimeout(timer), watcher.close());
    const run = () => {
      timer = undefined;
      try {
        const {lines, changed} = analyseOnce(options);
        waiting = "";
        for (const line of [...changed, ...lines]) print(line);
      } catch (error) {
        if (!(error instanceof ResultsError)) return stop(), reject(error);
        if (error.message !== waiting) print(`waiting for valid data: ${error.message}`);
        waiting = error.message;
        timer = setTimeout(run, delay * 4);
      }
    };
    const watcher = fsWatch(target, (_, name) => {
      if (ignored(name)) return;
      clearTimeout(timer);
      timer = setTimeout(run, delay);
    });
    signal.addEventListener("abort", () => (stop(), resolve()), {once: true});
    print(`watching ${options.data} (Ctrl-C to stop)`);
    run();
  });
}

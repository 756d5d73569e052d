import {fork, type ChildProcess} from "node:child_process";
import {type FSWatcher, watch as fsWatch, statSync} from "node:fs";
import {dirname, extname, join} from "node:path";
import {ResultsError} from "../parse";
import {kind} from "../read";
import {UsageError, type Options} from "./args";
import type {ChildAnswer} from "./analysisChild";
import {dataSignature} from "./dataSignature";
import {loadPrices} from "./loadPrices";
import {OutputError} from "./outputError";
import {outputTarget} from "./outputTarget";
import {recoverLeftovers} from "./recoverLeftovers";

/**
 * Analyses, then again whenever the data file or folder changes, until `signal` aborts. A change is
 * analysed only once the data has stayed the same for `delay` ms, and published only if it did not
 * change while being read; data that is missing or does not parse is waited for ("waiting" said once
 * per wait). The folder may be deleted and re-created any number of times. The analysis runs in a
 * child process, so an abort ends it at once (old results stay, a half-done swap is undone). An
 * error other than bad data (an output folder it must not replace, or cannot write) rejects.
 */
export function watchResults(options: Pick<Options, "data" | "out" | "baseline" | "metric" | "alpha" | "prices"> & {rawCsv?: boolean}, print: (line: string) => void, signal: AbortSignal, delay = 250): Promise<void> {
  // A bad price file is a mistake in the command, not data caught half-written: said at once, not waited for.
  if (options.prices !== undefined) loadPrices(options.prices);
  const {data, out} = options;
  const target = () => (isFolder(data) ? data : dirname(data));
  return new Promise((resolve, reject) => {
    let watcher: FSWatcher | undefined, watchedIno = -1, timer: NodeJS.Timeout | undefined;
    let seen: string | null = null, done: string | null = null, waiting = false, busy = false, finished = false;
    const child = startChild();
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer), clearInterval(poll), watcher?.close();
      const settle = () => (tidy(out), error ? reject(error) : resolve());
      if (child.exitCode !== null || child.signalCode !== null) return settle();
      child.once("exit", settle);
      child.kill("SIGKILL");
    };
    const wait = (why: string) => {
      if (!waiting) print(`waiting for valid data: ${why}`);
      waiting = true;
    };
    const schedule = (ms = delay) => (clearTimeout(timer), (timer = setTimeout(check, ms)));
    const rewatch = () => {
      const ino = inode(target());
      if (ino === watchedIno) return;
      watcher?.close(), (watcher = undefined), (watchedIno = ino);
      if (ino < 0) return;
      try {
        watcher = fsWatch(target(), () => schedule());
        watcher.on("error", () => (watcher?.close(), (watcher = undefined), (watchedIno = -1)));
      } catch {
        watchedIno = -1;
      }
      schedule();
    };
    const check = (): void => {
      if (busy || finished) return;
      rewatch();
      const now = dataSignature(data, out);
      if (now === null) return void (wait(`${data}: cannot read: no such file or folder`), (seen = null));
      const odd = oddKind(data);
      if (odd) return void finish(new ResultsError(`cannot read: not a regular file (${odd})`, {file: data}));
      if (now !== seen) return void ((seen = now), schedule());
      if (now === done) return;
      busy = true;
      child.send({data, out, rawCsv: options.rawCsv ?? false, baseline: options.baseline, metric: options.metric, alpha: options.alpha, prices: options.prices, signature: now});
      const listen = (answer: ChildAnswer) => {
        if ("note" in answer) return print(answer.note);
        child.off("message", listen);
        busy = false;
        if ("lines" in answer) {
          (done = now), (waiting = false);
          for (const line of [...answer.changed, ...answer.lines]) print(line);
        } else if (answer.error === "results") (done = now), wait(answer.message);
        else if (answer.error === "usage") return finish(new UsageError(answer.message));
        else if (answer.error === "output") return finish(Object.assign(new OutputError(out, ""), {message: answer.message}));
        else if (answer.error === "bug") return finish(new Error(answer.message));
        schedule();
      };
      child.on("message", listen);
    };
    child.on("exit", (code, sig) => finish(new Error(`the analysis process ended unexpectedly (${sig ?? `exit code ${code}`})`)));
    const poll = setInterval(check, Math.max(delay * 4, 100));
    signal.addEventListener("abort", () => finish(), {once: true});
    if (signal.aborted) return finish();
    print(`watching ${data} (Ctrl-C to stop)`);
    rewatch();
    check();
  });
}

/** The analysis process, run from source under the tests (tsx) and from dist/ otherwise. */
function startChild(): ChildProcess {
  const file = join(__dirname, `analysisChild${extname(__filename)}`);
  const execArgv = extname(__filename) === ".ts" ? ["--require", require.resolve("tsx/cjs")] : [];
  return fork(file, [], {execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"], serialization: "json"});
}

/** After the analysis process is gone: undo or finish a swap it was killed in the middle of. */
function tidy(out: string): void {
  try {
    recoverLeftovers(outputTarget(out), out);
  } catch {
    // the next run recovers what could not be recovered now
  }
}

function inode(path: string): number {
  try {
    return statSync(path).ino;
  } catch {
    return -1;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What `path` is when it is neither a regular file nor a folder (the same words as the reader's refusal), else null. */
function oddKind(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.isFile() || stat.isDirectory() ? null : kind(stat);
  } catch {
    return null;
  }
}

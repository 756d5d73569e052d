import {sep} from "node:path";
import {inspect} from "node:util";

/** The fields of an error output and of a failed execute_reply. */
export interface ErrorContent {
  ename: string;
  evalue: string;
  traceback: string[];
}

// Errors the engine raises (a bug, a typo): their stack is the point, even when they come from the library.
const ENGINE_ERRORS = new Set(["TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"]);

/**
 * An exception as Jupyter shows it. The library's own errors (thrown from a frame in `library`, e.g. a missing
 * data file) read as one line naming the place; others keep their stack without the kernel's own frames (tslab,
 * this kernel, Node's vm and internals), so the first frame is the cell's.
 */
export function errorContent(error: unknown, library: string, kernel: string): ErrorContent {
  if (!(error instanceof Error) && !(typeof error === "object" && error !== null && "stack" in error && "message" in error)) {
    const evalue = inspect(error);
    return {ename: "Uncaught", evalue, traceback: [`Uncaught ${evalue}`]};
  }
  const {name = "Error", message = ""} = error as Error;
  const ename = String(name);
  const evalue = String(message);
  const headline = evalue ? `${ename}: ${evalue}` : ename;
  const frames = String((error as Error).stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line));
  const first = frames[0] ?? "";
  const own = first.includes(library + sep) && !first.includes(kernel + sep) && !ENGINE_ERRORS.has(ename);
  if (own) return {ename, evalue, traceback: [headline]};
  const kept = frames.filter((line) => !line.includes(kernel + sep) && !/[/\\]node_modules[/\\]tslab[/\\]|\(node:|\bnode:(vm|internal)/.test(line));
  return {ename, evalue, traceback: [headline, ...kept]};
}

/** Compile errors as one error output: the first names the problem, each line is one diagnostic. */
export function diagnosticsContent(diagnostics: string[]): ErrorContent {
  return {ename: "CompileError", evalue: diagnostics[0] ?? "", traceback: diagnostics};
}

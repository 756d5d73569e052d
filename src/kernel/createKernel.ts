import type * as TS from "@tslab/typescript-for-tslab";
import type {Executor} from "tslab/dist/executor";
import {lazy} from "../lazy";
import type * as Notebook from "../notebook";
import type {Captured} from "./capture";
import {calleeAt} from "./calleeAt";
import {diagnosticsContent, errorContent, type ErrorContent} from "./errorContent";
import {History, type HistoryRequest} from "./history";
import {isComplete} from "./isComplete";
import {kernelInfo} from "./kernelInfo";
import type {Handler, Io} from "./serve";
import {streamTo} from "./streamTo";
import type {Message} from "./wire";

const WARM_AFTER_MS = 400;
// The notebook layer loads polars with its index: loaded at the first value shown, so that the kernel answers at once.
const notebook: typeof Notebook = lazy(() => require("../notebook") as typeof Notebook);

export interface KernelParts {
  executor: Executor;
  take: () => Captured;
  ts: typeof TS;
  /** tslab's own modules: its display hook, its printer of quick info, and its version. */
  tslab: {jupyter: {lastWriteDisplayData: unknown}; printQuickInfo: (info: TS.QuickInfo) => string; version: string};
  /** Folders of the library (whose errors show as one line) and of this kernel (whose frames are hidden). */
  library: string;
  kernel: string;
  exit: () => void;
  /** Called after a pause in requests: the time to prepare what the first cell needs (again harmless). */
  warm: () => void;
  log: (line: string) => void;
}

/**
 * The protocol layer over tslab's executor: a cell's last value as an execute_result (rich where the value offers
 * it), errors as error outputs with ename, evalue and traceback, is_complete with "invalid", inspect inside a
 * call's arguments, and an in-memory history. Cells run one at a time; after a failed cell, those already sent
 * are aborted when it asked to stop on error.
 */
export function createKernel(parts: KernelParts): Handler {
  const {executor, ts, tslab} = parts;
  const history = new History();
  let count = 0;
  let received = 0;
  let abortThrough = 0;
  let queue = Promise.resolve();
  let warming: NodeJS.Timeout | undefined;
  // After the front end's first requests (jupyter_client repeats kernel_info until IOPub answers), once
  // there has been a pause: warming blocks the kernel for a second or more.
  const quiet = () => {
    clearTimeout(warming);
    warming = setTimeout(parts.warm, WARM_AFTER_MS);
  };

  const execute = (message: Message, io: Io) => {
    const seq = ++received;
    const run = queue.then(() => (seq <= abortThrough ? io.reply("execute_reply", {status: "aborted", execution_count: count}) : runCell(message, io)));
    queue = run.catch(() => undefined);
    return run;
  };

  async function runCell(message: Message, io: Io) {
    const {code = "", silent = false, store_history = true, stop_on_error = true} = message.content as {code?: string; silent?: boolean; store_history?: boolean; stop_on_error?: boolean};
    const keep = store_history && !silent;
    if (keep) count += 1;
    const shown = (msgType: string, content: object) => silent || io.publish(msgType, content);
    shown("execute_input", {code, execution_count: count});
    process.stdout.write = streamTo((text) => shown("stream", {name: "stdout", text}));
    process.stderr.write = streamTo((text) => shown("stream", {name: "stderr", text}));
    tslab.jupyter.lastWriteDisplayData = (data: object, update: boolean) => shown(update ? "update_display_data" : "display_data", data);
    let failure: ErrorContent | undefined;
    let result: string | null = null;
    // tslab reports what a cell threw through its console; a rejection here is tslab's own failure.
    const outcome: {ok: boolean; thrown?: unknown} = await executor.execute(code).then((ok) => ({ok}), (thrown) => ({ok: false, thrown}));
    const {value, error, diagnostics} = parts.take();
    if ("thrown" in outcome) failure = errorContent(outcome.thrown, parts.library, parts.kernel);
    else if (!outcome.ok) failure = error ? errorContent(error.error, parts.library, parts.kernel) : diagnostics.length > 0 ? diagnosticsContent(diagnostics) : {ename: "Error", evalue: "the cell did not run", traceback: []};
    else if (value) {
      try {
        const {data, metadata} = notebook.displayOf(value.value);
        result = String(data["text/plain"]);
        shown("execute_result", {execution_count: count, data, metadata});
      } catch (thrown) {
        failure = errorContent(thrown, parts.library, parts.kernel);
      }
    }
    if (keep) history.add(count, code, result);
    if (failure) {
      shown("error", failure);
      // Cells sent with it (Run All) may wait unread in the socket: a few turns of the event loop read them first.
      if (stop_on_error) {
        for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
        abortThrough = received;
      }
      io.reply("execute_reply", {status: "error", execution_count: count, ...failure});
    } else {
      io.reply("execute_reply", {status: "ok", execution_count: count, payload: [], user_expressions: {}});
    }
  }

  return async (message, io, channel) => {
    const {content} = message;
    quiet();
    switch (message.header.msg_type) {
      case "kernel_info_request":
        return io.reply("kernel_info_reply", kernelInfo(tslab.version));
      case "execute_request":
        return execute(message, io);
      case "is_complete_request":
        return io.reply("is_complete_reply", isComplete(ts, String(content.code ?? "")));
      case "inspect_request":
        return io.reply("inspect_reply", inspect(String(content.code ?? ""), Number(content.cursor_pos ?? 0)));
      case "complete_request": {
        const code = String(content.code ?? "");
        const {start, end, candidates} = executor.complete(code, Number(content.cursor_pos ?? code.length));
        return io.reply("complete_reply", {status: "ok", matches: candidates, cursor_start: start, cursor_end: end, metadata: {}});
      }
      case "history_request":
        return io.reply("history_reply", {status: "ok", history: history.reply(content as HistoryRequest)});
      case "comm_info_request":
        return io.reply("comm_info_reply", {status: "ok", comms: {}});
      case "interrupt_request":
        executor.interrupt();
        return io.reply("interrupt_reply", {status: "ok"});
      case "shutdown_request":
        io.reply("shutdown_reply", {status: "ok", restart: Boolean(content.restart)});
        return parts.exit();
      default:
        // Comm messages and requests this kernel does not know: no reply, as ipykernel without comms.
        return parts.log(`${channel}: unhandled ${message.header.msg_type}`);
    }
  };

  // The name under the cursor, else the function whose arguments the cursor is in.
  function inspect(code: string, cursor: number) {
    let info = executor.inspect(code, cursor);
    const callee = info ? undefined : calleeAt(ts, code, cursor);
    if (callee !== undefined) info = executor.inspect(code, callee);
    if (!info) return {status: "ok", found: false, data: {}, metadata: {}};
    return {status: "ok", found: true, data: {"text/plain": tslab.printQuickInfo(info)}, metadata: {}};
  }
}

import {extname} from "node:path";
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from "node:worker_threads";

/**
 * A worker thread that runs one exported function of a module on the arguments it is posted, and
 * whose answers are taken back in order, waiting synchronously, so that callers stay plain function
 * calls. Shared by the PNG renderer and the results reader. A function's answer may list the
 * buffers to move rather than copy under `transfer`.
 */
export class SyncWorker {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private pending = 0;

  /** `module`: an absolute path without extension, resolved beside this file's own (.js built, .ts under tsx); `label` starts its errors. */
  constructor(module: string, name: string, private readonly label = "worker") {
    const {port1, port2} = new MessageChannel();
    const file = module + extname(__filename);
    this.worker = new Worker(script(file, name), {eval: true, workerData: {port: port2, signal: this.signal}, transferList: [port2]});
    this.worker.unref();
    this.port = port1;
  }

  /** Answers not yet taken. */
  get waiting(): number {
    return this.pending;
  }

  /** Posts arguments for one call; `transfer` moves their buffers to the thread. */
  post(args: unknown[], transfer: ArrayBuffer[] = []): void {
    this.port.postMessage(args, transfer);
    this.pending++;
  }

  /** The answer to the oldest call not yet taken; throws what the call threw, as an Error. */
  take<T>(timeout = 120_000): T {
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const message = receiveMessageOnPort(this.port)?.message as {value?: T; error?: string} | undefined;
      if (message) {
        this.pending--;
        if (message.error !== undefined) throw new Error(`${this.label}: ${message.error}`);
        return message.value as T;
      }
      if (Atomics.wait(this.signal, 0, seen, timeout) === "timed-out") throw new Error(`${this.label}: no answer in ${timeout / 1000} s`);
    }
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

// Any failure, loading the module included, is answered before the signal, so that take() always ends.
function script(file: string, name: string): string {
  const tsx = extname(file) === ".ts" ? `require(${JSON.stringify(require.resolve("tsx/cjs"))});` : "";
  return `const {workerData: {port, signal}} = require("node:worker_threads");
let run;
try {
  ${tsx}
  run = require(${JSON.stringify(file)})[${JSON.stringify(name)}];
} catch (error) {
  run = () => { throw error; };
}
port.on("message", (args) => {
  try {
    const value = run(...args);
    const transfer = value && value.transfer;
    if (transfer) delete value.transfer;
    port.postMessage({value}, transfer || []);
  } catch (error) {
    port.postMessage({error: String((error && error.message) || error)});
  }
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});`;
}

import {extname, join} from "node:path";
import {MessageChannel, receiveMessageOnPort, Worker} from "node:worker_threads";
import {pngBuffer, type PngOptions} from "./png-buffer";

/**
 * Renders several SVGs to PNG on two cores: a worker thread takes the first half while this thread
 * renders the rest. Waits synchronously, so callers stay plain function calls; same bytes as
 * pngBuffer one by one.
 */
export function pngBuffers(svgs: readonly string[], options: PngOptions = {}): Buffer[] {
  if (svgs.length < 3) return svgs.map((svg) => pngBuffer(svg, options));
  const half = Math.floor(svgs.length / 2);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const {port1, port2} = new MessageChannel();
  const worker = new Worker(workerScript(), {eval: true, workerData: {port: port2, signal, svgs: svgs.slice(0, half), options}, transferList: [port2]});
  try {
    const mine = svgs.slice(half).map((svg) => pngBuffer(svg, options));
    if (Atomics.wait(signal, 0, 0, 120_000) === "timed-out") throw new Error("png worker: no answer in 120 s");
    const message = receiveMessageOnPort(port1)?.message as {pngs?: Uint8Array[]; error?: string} | undefined;
    if (!message?.pngs) throw new Error(`png worker: ${message?.error ?? "no result"}`);
    return [...message.pngs.map((png) => Buffer.from(png.buffer, png.byteOffset, png.byteLength)), ...mine];
  } finally {
    port1.close();
    void worker.terminate();
  }
}

// Any failure, loading the modules included, is sent back before the signal, so the wait above always ends.
function workerScript(): string {
  const file = join(__dirname, `png-buffer${extname(__filename)}`);
  const tsx = extname(file) === ".ts" ? `require(${JSON.stringify(require.resolve("tsx/cjs"))});` : "";
  return `const {workerData: {port, signal, svgs, options}} = require("node:worker_threads");
try {
  ${tsx}
  const {pngBuffer} = require(${JSON.stringify(file)});
  port.postMessage({pngs: svgs.map((svg) => pngBuffer(svg, options))});
} catch (error) {
  port.postMessage({error: String(error && error.message || error)});
}
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);`;
}

import {workerData, type MessagePort} from "node:worker_threads";
import {RunKeys} from "./runKeys";
import {asBuffer, scan, type Block} from "./scanPool";

// A thread of the ScanPool: scans the blocks it is sent and sends them back with what it found.
const {port, signal, index} = workerData as {port: MessagePort; signal: Int32Array; index: number};
const keys = new RunKeys();
port.on("message", ({block, spare}: {block: Block; spare?: Uint8Array}) => {
  try {
    const scanned = scan({...block, b: asBuffer(block.b)}, keys, spare && asBuffer(spare));
    port.postMessage(scanned, [scanned.b.buffer, scanned.csv.buffer] as ArrayBuffer[]);
  } catch (error) {
    port.postMessage({error: error instanceof Error ? error.stack : String(error)});
  }
  Atomics.add(signal, index, 1);
  Atomics.notify(signal, index);
});

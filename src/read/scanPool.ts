import {extname, join} from "node:path";
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from "node:worker_threads";
import {CsvRows} from "./csvRows";
import {RunKeys} from "./runKeys";
import {scanBlock, type Stretch} from "./scanBlock";

/** Whole lines `b[start, end)` of a results file, the first of them its line `line`; `b[end]` is a \n. */
export interface Block {
  b: Buffer;
  start: number;
  end: number;
  line: number;
}

/** A block with its stretches and the CSV rows of the runs of its regular ones. */
export interface Scanned extends Block {
  stretches: Stretch[];
  csv: Buffer;
}

/** Scans a block, writing its rows into `spare` if it is large enough: the work the pool spreads over threads. */
export function scan({b, start, end, line}: Block, keys: RunKeys, spare?: Buffer): Scanned {
  const rows = new CsvRows(Math.ceil((end - start) / 2) + 4096, spare);
  const stretches = scanBlock(b, start, end, line, keys, rows);
  return {b, start, end, line, stretches, csv: rows.bytes.subarray(0, rows.length)};
}

/**
 * Scans blocks in worker threads (in this thread if there are none) and hands them back in the
 * order they came. Waiting is synchronous, so that reading a file stays a plain function call.
 * Buffers of blocks done with are used again: fresh memory costs a page fault per 4 KiB.
 */
export class ScanPool {
  private readonly workers: {worker: Worker; port: MessagePort}[] = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4 * 64));
  private readonly queue: (number | Scanned)[] = [];
  private readonly keys = new RunKeys();
  private readonly spareBlocks: Buffer[] = [];
  private readonly spareRows: Buffer[] = [];
  private turn = 0;

  constructor(threads: number) {
    for (let index = 0; index < threads; index++) {
      const {port1, port2} = new MessageChannel();
      const worker = startWorker({port: port2, signal: this.signal, index}, [port2]);
      worker.unref();
      this.workers.push({worker, port: port1});
    }
  }

  /** Blocks given and not yet taken back. */
  get pending(): number {
    return this.queue.length;
  }

  /** Gives a block to scan; it now belongs to the pool until it comes back from next(). */
  submit(block: Block): void {
    const spare = this.spareRows.pop();
    if (this.workers.length === 0) return void this.queue.push(scan(block, this.keys, spare));
    const index = this.turn++ % this.workers.length;
    const transfer = [block.b.buffer, ...(spare ? [spare.buffer] : [])] as ArrayBuffer[];
    this.workers[index].port.postMessage({block, spare}, transfer);
    this.queue.push(index);
  }

  /** A buffer of at least `bytes` bytes for a block: one given back, or a new one. */
  allocate(bytes: number): Buffer {
    const i = this.spareBlocks.findIndex((b) => b.length >= bytes);
    return i >= 0 ? this.spareBlocks.splice(i, 1)[0] : Buffer.allocUnsafeSlow(bytes);
  }

  /** Gives back the buffers of a scanned block that nothing uses any more. */
  recycle({b, csv}: Scanned): void {
    this.spareBlocks.push(b);
    this.spareRows.push(asBuffer(new Uint8Array(csv.buffer)));
  }

  /** The next block scanned, in the order given. */
  next(): Scanned {
    const entry = this.queue.shift();
    if (entry === undefined) throw new Error("no block to take back");
    return typeof entry === "number" ? this.receive(entry) : entry;
  }

  close(): void {
    for (const {worker} of this.workers) void worker.terminate();
  }

  private receive(index: number): Scanned {
    for (;;) {
      const seen = Atomics.load(this.signal, index);
      const message = receiveMessageOnPort(this.workers[index].port)?.message;
      if (message?.error) throw new Error(`scan worker: ${message.error}`);
      if (message) return {...message, b: asBuffer(message.b), csv: asBuffer(message.csv)};
      if (Atomics.wait(this.signal, index, seen, 60_000) === "timed-out") throw new Error("scan worker: no answer in 60 s");
    }
  }
}

/** A Buffer over the bytes of a typed array that came through postMessage (which makes Buffers plain Uint8Arrays). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function startWorker(workerData: unknown, transferList: MessagePort[]): Worker {
  const file = join(__dirname, `scanWorker${extname(__filename)}`);
  if (extname(file) === ".js") return new Worker(file, {workerData, transferList});
  // Run from the TypeScript sources (tests, scripts): the worker needs tsx to load them too.
  return new Worker(`require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(file)});`, {eval: true, workerData, transferList});
}

import {join} from "node:path";
import {SyncWorker} from "../threads";
import {scanChunk, type Chunk, type ScannedChunk} from "./scanChunk";
import {WasmRuns} from "./wasmRuns";

/** A chunk with where it is in the file: the position of `b[start]`. */
export interface Placed extends Chunk {
  position: number;
}

/**
 * Scans chunks in worker threads (in this thread if there are none) and hands them back in the
 * order they came. Buffers of chunks done with are used again: fresh memory costs a page fault per 4 KiB.
 */
export class ChunkPool {
  private readonly workers: SyncWorker[] = [];
  private readonly queue: {placed: Placed; worker?: SyncWorker; scanned?: ScannedChunk}[] = [];
  private readonly spareBlocks: Buffer[] = [];
  private readonly spareRows: {strings: Uint8Array; numbers: Float64Array}[] = [];
  private turn = 0;
  /** The module chunks are scanned with in this thread, if there are no workers: dropped with the pool. */
  private runs?: WasmRuns;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) this.workers.push(new SyncWorker(join(__dirname, "scanChunk"), "scanChunk", "scan worker"));
  }

  /** Chunks given and not yet taken back. */
  get pending(): number {
    return this.queue.length;
  }

  /** Gives a chunk to scan; its buffer now belongs to the pool until it comes back from next(). */
  submit(placed: Placed): void {
    const spare = this.spareRows.pop();
    const chunk = {b: placed.b, start: placed.start, end: placed.end};
    if (this.workers.length === 0) return void this.queue.push({placed, scanned: scanChunk(chunk, spare, (this.runs ??= new WasmRuns()))});
    const worker = this.workers[this.turn++ % this.workers.length];
    worker.post([chunk, spare], [placed.b.buffer as ArrayBuffer, ...(spare ? [spare.strings.buffer as ArrayBuffer, spare.numbers.buffer as ArrayBuffer] : [])]);
    this.queue.push({placed, worker});
  }

  /** The next chunk scanned, in the order given, with its place. */
  next(): {placed: Placed; scanned: ScannedChunk} {
    const entry = this.queue.shift();
    if (entry === undefined) throw new Error("no chunk to take back");
    const scanned = entry.scanned ?? entry.worker!.take<ScannedChunk>();
    return {placed: {...entry.placed, b: scanned.b}, scanned};
  }

  /** A buffer of at least `bytes` bytes: one given back, or a new one. */
  allocate(bytes: number): Buffer {
    const i = this.spareBlocks.findIndex((b) => b.length >= bytes);
    return i >= 0 ? this.spareBlocks.splice(i, 1)[0] : Buffer.allocUnsafeSlow(bytes);
  }

  /** Gives back the buffers of a chunk that nothing uses any more. */
  recycle({b, rows}: ScannedChunk): void {
    this.spareBlocks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    this.spareRows.push({strings: new Uint8Array(rows.strings.buffer), numbers: rows.numbers});
  }

  close(): void {
    for (const worker of this.workers) worker.close();
  }
}

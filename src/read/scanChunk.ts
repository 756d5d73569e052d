import {CsvRows} from "./csvRows";
import {RunKeys} from "./runKeys";
import {Odd, Scanner, type ScanSink} from "./scan";
import {SPANS, vouchRun} from "./vouchRun";

/** Whole sections `b[start, end)` of a results file, from a header line (or the file's start) to one. */
export interface Chunk {
  b: Uint8Array;
  start: number;
  end: number;
}

/** A chunk scanned: its headers, and, if the fast path took every run (`regular`), their CSV rows. */
export interface ScannedChunk extends Chunk {
  regular: boolean;
  headers: [experiment: string, at: number][];
  csv?: Uint8Array;
  count: number;
  transfer?: ArrayBuffer[];
}

/**
 * Scans a chunk of whole sections on the fast path alone, the work spread over threads: any run the
 * fast path cannot take as it stands (the tolerant parser's, or one whose unit needs converting, whose
 * notes must be taken in file order) or a broken section leaves the chunk irregular, for the
 * reader to scan again in its own thread. Rows go into `spare` if it is large enough.
 */
export function scanChunk({b: bytes, start, end}: Chunk, spare?: Uint8Array): ScannedChunk {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = new RunKeys(), spans = new Int32Array(SPANS);
  const rows = new CsvRows(Math.ceil((end - start) / 2) + 4096, spare && Buffer.from(spare.buffer, spare.byteOffset, spare.byteLength));
  const headers: [string, number][] = [];
  let experiment: Buffer = Buffer.alloc(0), count = 0;
  const sink: ScanSink = {
    header(name, at) {
      headers.push([name, at]);
      experiment = Buffer.from(name, "latin1");
    },
    fast(b, at) {
      const after = vouchRun(b, at, keys, spans);
      if (after < 0 || keys.converting) throw IRREGULAR;
      rows.add(experiment, b, at, after, spans);
      count++;
      return after;
    },
    tolerant() {
      throw IRREGULAR;
    },
  };
  keys.startBlock(b, end);
  rows.startBlock(b);
  const saved = b[end];
  b[end] = 0;
  let regular = true;
  try {
    new Scanner(sink).feed(b, start, end, true);
  } catch (error) {
    if (error !== IRREGULAR && !(error instanceof Odd)) throw error;
    regular = false;
  }
  b[end] = saved;
  const csv = rows.bytes.subarray(0, rows.length);
  return {b, start, end, regular, headers, csv, count, transfer: [b.buffer as ArrayBuffer, csv.buffer as ArrayBuffer]};
}

const IRREGULAR = new Error("irregular");

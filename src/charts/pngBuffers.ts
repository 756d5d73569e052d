import {join} from "node:path";
import {SyncWorker} from "../threads";
import {pngBuffer, type PngOptions} from "./pngBuffer";

/**
 * Renders several SVGs to PNG on two cores: a worker thread takes the first half while this thread
 * renders the rest. Waits synchronously, so callers stay plain function calls; same bytes as
 * pngBuffer one by one.
 */
export function pngBuffers(svgs: readonly string[], options: PngOptions = {}): Buffer[] {
  if (svgs.length < 3) return svgs.map((svg) => pngBuffer(svg, options));
  const half = Math.floor(svgs.length / 2);
  const worker = new SyncWorker(join(__dirname, "pngBuffer"), "pngBuffer", "png worker");
  try {
    for (const svg of svgs.slice(0, half)) worker.post([svg, options]);
    const mine = svgs.slice(half).map((svg) => pngBuffer(svg, options));
    const theirs = svgs.slice(0, half).map(() => worker.take<Uint8Array>());
    return [...theirs.map((png) => Buffer.from(png.buffer, png.byteOffset, png.byteLength)), ...mine];
  } finally {
    worker.close();
  }
}

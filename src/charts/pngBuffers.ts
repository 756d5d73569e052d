import {createHash} from "node:crypto";
import {join} from "node:path";
import {SyncWorker} from "../threads";
import {pngBuffer, type PngOptions} from "./pngBuffer";

/**
 * Renders several SVGs to PNG on two cores: a worker thread takes the first half while this thread
 * renders the rest. Waits synchronously, so callers stay plain function calls; same bytes as
 * pngBuffer one by one. A chart drawn again unchanged (--watch, a second run) is not rendered again.
 */
export function pngBuffers(svgs: readonly string[], options: PngOptions = {}): Buffer[] {
  const keys = svgs.map((svg) => key(svg, options));
  const pngs = keys.map((k) => recent.get(k));
  const missing = pngs.flatMap((png, i) => (png === undefined ? [i] : []));
  render(missing.map((i) => svgs[i]), options).forEach((png, n) => (pngs[missing[n]] = png));
  missing.forEach((i) => remember(keys[i], pngs[i]!));
  // Copies, so that a caller changing its buffer cannot change what the next call gets.
  return pngs.map((png) => Buffer.from(png!));
}

function render(svgs: readonly string[], options: PngOptions): Buffer[] {
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

// The PNGs rendered last, by SVG and options, oldest first, up to RECENT_BYTES in all.
const recent = new Map<string, Buffer>();
const RECENT_BYTES = 32 * 2 ** 20;
let recentBytes = 0;

function key(svg: string, options: PngOptions): string {
  return createHash("sha256").update(JSON.stringify(options)).update("\0").update(svg).digest("base64");
}

function remember(k: string, png: Buffer) {
  recent.set(k, png), (recentBytes += png.length);
  for (const [old, buffer] of recent) {
    if (recentBytes <= RECENT_BYTES) break;
    recent.delete(old), (recentBytes -= buffer.length);
  }
}

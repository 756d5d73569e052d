import {closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync} from "node:fs";
import {join} from "node:path";
import {parsePrices} from "./parsePrices";
import {PriceError} from "./priceError";
import type {PriceModel} from "./priceModel";

/** The folder of bundled presets, `prices/` at the package root (the same from src/ and dist/). */
export const PRESETS_DIR = join(__dirname, "..", "..", "prices");

/** The names of the bundled price presets, sorted: `lambda-arm64` for prices/lambda-arm64.json. */
export function pricePresets(): string[] {
  return readdirSync(PRESETS_DIR)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

/**
 * A price model from a preset name or a price file: a name without a slash or `.json` that is not a file is a
 * preset. Throws UnknownPreset for a name that is neither, PriceError for a file it cannot read or use.
 */
export function readPrices(spec: string): PriceModel {
  const preset = !/[\\/]|\.json$/i.test(spec) && !existsSync(spec);
  if (preset && !pricePresets().includes(spec)) throw new UnknownPreset(spec);
  const file = preset ? join(PRESETS_DIR, `${spec}.json`) : spec;
  let text: string;
  try {
    text = readSmall(file);
  } catch (error) {
    if (error instanceof PriceError) throw new PriceError(error.problem, spec);
    const code = (error as NodeJS.ErrnoException).code;
    throw new PriceError(code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a price file" : `cannot read: ${code ?? error}`, spec, {cause: error});
  }
  return parsePrices(text, {file: preset ? `preset ${spec}` : spec});
}

/** A price file is a few hundred bytes: reading stops past 1 MiB, so /dev/zero or a runaway pipe cannot fill the memory. */
const MAX_BYTES = 1 << 20;

function readSmall(file: string): string {
  // Without blocking: a FIFO would wait for a writer before the check below could refuse it.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new PriceError("is a folder, not a price file");
    if (!stats.isFile()) throw new PriceError(`not a regular file (${stats.isFIFO() ? "a FIFO" : stats.isSocket() ? "a socket" : "a device"})`);
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      size += n;
      if (size > MAX_BYTES) throw new PriceError("too large for a price file (over 1 MiB)");
    }
    const bytes = Buffer.concat(chunks);
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) throw new PriceError("not UTF-8 text");
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** A preset name that is not bundled: the command's usage error. */
export class UnknownPreset extends Error {
  constructor(readonly spec: string) {
    super(`unknown price preset: ${spec} (presets: ${pricePresets().join(", ")}; or give a price file's path)`);
    this.name = "UnknownPreset";
  }
}

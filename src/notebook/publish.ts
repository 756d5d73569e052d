/** MIME type to data, as in a Jupyter display_data message: strings, base64 for binary, objects for JSON types. */
export type MimeBundle = Record<string, unknown>;

/** One display_data output: every representation of one value, and per-MIME metadata (image sizes). */
export interface DisplayData {
  data: MimeBundle;
  metadata: Record<string, unknown>;
}

/** Where displays go; the default sends them to the executing tslab cell. */
export type DisplaySink = (output: DisplayData) => void;

/**
 * Sends one display_data output holding every MIME type of the bundle, so that each frontend picks the
 * richest one it can render (tslab's public `display` sends a single MIME type per output).
 */
export function publish(output: DisplayData, display: DisplaySink = tslabDisplay): void {
  display(output);
}

// tslab's public display API wraps this same function; it is resolved only when a cell displays, so the
// library still loads in the CLI and in tests, where tslab is absent or idle.
function tslabDisplay({data, metadata}: DisplayData): void {
  let jupyter: {lastWriteDisplayData?: unknown};
  try {
    jupyter = require("tslab/dist/jupyter");
  } catch (error) {
    throw new Error("tslab not found: tslab/dist/jupyter", {cause: error});
  }
  const write = jupyter.lastWriteDisplayData;
  if (typeof write !== "function") throw new Error("not in a tslab kernel: no cell is executing");
  write({data, metadata, transient: {}}, false);
}

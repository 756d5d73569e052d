// jsdom is loaded untyped (its types need TypeScript 5.3; the build and notebooks compile with 5.0) and on first use:
// it is most of what `require("./dist")` would otherwise load.
type Dom = {JSDOM: new (html: string) => {window: {document: Document}}};

/** A new document to draw charts in outside a browser; jsdom lays nothing out, which the charts do not need. */
export function chartDocument(): Document {
  const {JSDOM} = require("jsdom") as Dom;
  return new JSDOM("<!DOCTYPE html>").window.document;
}

let shared: Document | undefined;

/** The document a chart is drawn in when its options name none: one per process, made on first use. */
export function defaultDocument(): Document {
  return (shared ??= chartDocument());
}

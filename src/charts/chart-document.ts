// Loaded untyped: jsdom's types need TypeScript 5.3, and the build and notebooks compile with 5.0.
const {JSDOM} = require("jsdom") as {JSDOM: new (html: string) => {window: {document: Document}}};

/** A document to draw charts in outside a browser; jsdom lays nothing out, which the charts do not need. */
export function chartDocument(): Document {
  return new JSDOM("<!DOCTYPE html>").window.document;
}

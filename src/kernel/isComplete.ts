import type * as TS from "@tslab/typescript-for-tslab";

/** The reply to is_complete_request: "incomplete" carries the indent of the next line. */
export type Completeness = {status: "complete"} | {status: "invalid"} | {status: "incomplete"; indent: string};

/**
 * Whether a cell can run as it is, needs more lines (an open bracket, string template, comment or expression at
 * its end) or is invalid: a syntax error before its end, which no added line can mend (a stray `}`), or an
 * unterminated string. Two blank lines at the end force "complete", as tslab does.
 */
export function isComplete(ts: typeof TS, code: string): Completeness {
  if (code.trim() === "") return {status: "complete"};
  const source = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const diagnostics = (source as unknown as {parseDiagnostics?: TS.DiagnosticWithLocation[]}).parseDiagnostics ?? [];
  const end = code.trimEnd().length;
  const message = (d: TS.Diagnostic) => ts.flattenDiagnosticMessageText(d.messageText, "\n");
  const atEnd = (d: TS.Diagnostic) => (d.start ?? 0) >= end && /( expected\.|^Unterminated template literal\.)$/.test(message(d));
  if (diagnostics.some((d) => !atEnd(d))) return {status: "invalid"};
  if (diagnostics.length === 0 || /\n\s*\n\s*$/.test(code)) return {status: "complete"};
  return {status: "incomplete", indent: indentAfter(code)};
}

// The last line's indent, one step deeper after an opening bracket.
function indentAfter(code: string) {
  const line = /[^\n]*$/.exec(code)![0];
  const indent = /^\s*/.exec(line)![0];
  return /[{([]\s*$/.test(line) ? indent + "  " : indent;
}

import type * as TS from "@tslab/typescript-for-tslab";

/**
 * Where the function being called at `cursor` is named: the start of the name before the innermost unclosed `(`
 * (`analyseFile(` with the cursor inside its arguments), or undefined outside any call.
 */
export function calleeAt(ts: typeof TS, code: string, cursor: number): number | undefined {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code.slice(0, cursor));
  const tokens: {kind: TS.SyntaxKind; start: number}[] = [];
  const open: number[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.OpenParenToken) open.push(tokens.length);
    if (kind === ts.SyntaxKind.CloseParenToken) open.pop();
    tokens.push({kind, start: scanner.getTokenPos()});
  }
  const paren = open.pop();
  const name = paren === undefined ? undefined : tokens[paren - 1];
  return name !== undefined && name.kind === ts.SyntaxKind.Identifier ? name.start : undefined;
}

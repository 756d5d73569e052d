import {expect} from "chai";
import {createRequire} from "node:module";
import type * as TS from "@tslab/typescript-for-tslab";
import {isComplete} from "../../src/kernel/isComplete";

const ts = createRequire(require.resolve("tslab/package.json"))("@tslab/typescript-for-tslab") as typeof TS;
const status = (code: string) => isComplete(ts, code).status;

describe("isComplete(ts, code)", () => {
  it("says complete for statements, declarations, top-level await and blank input", () => {
    for (const code of ["1 + 2", "const x = 1;", "function f() {\n  return 1;\n}", "await Promise.resolve(1)", "", "  \n"]) expect(status(code), code).to.equal("complete");
  });
  it("says incomplete for an open bracket, template, comment or expression at the end, with the next line's indent", () => {
    for (const code of ["foo(1,", "if (x) {", "const a = [1, 2", "`abc", "/* a", "x => ", "a ? b"]) expect(status(code), code).to.equal("incomplete");
    expect(isComplete(ts, "if (x) {")).to.deep.equal({status: "incomplete", indent: "  "});
    expect(isComplete(ts, "if (x) {\n  foo(1,")).to.deep.equal({status: "incomplete", indent: "  "});
  });
  it("says invalid when no added line can mend it: an error before the end, an unterminated string", () => {
    for (const code of ["}", ")", "foo())", "1 +* 2", 'const s = "abc', "x = 1;\n}\nfoo("]) expect(status(code), code).to.equal("invalid");
  });
  it("says complete for unfinished code ending in two blank lines, so that a console runs it and shows the error", () => {
    expect(status("foo(1,\n\n")).to.equal("complete");
  });
});

import {expect} from "chai";
import {existsSync, readdirSync} from "node:fs";
import {join, relative, resolve} from "node:path";

// tslab compiles cells with its own TypeScript fork, older than the one that emits dist/, and reads the
// library's types from dist/**/*.d.ts; a declaration it cannot parse or check breaks every notebook import.
describe("dist/**/*.d.ts under tslab's TypeScript", () => {
  it("type-check without errors", function () {
    this.timeout(60000);
    const ts: typeof import("@tslab/typescript-for-tslab") = require("@tslab/typescript-for-tslab");
    const dist = resolve(__dirname, "../../dist");
    if (!existsSync(join(dist, "index.d.ts"))) throw new Error("dist/index.d.ts missing: run npm run build");
    const files = declarations(dist);
    expect(files).to.include(join(dist, "notebook", "index.d.ts"));
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      esModuleInterop: true,
      strict: true,
      noEmit: true
    });
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...files.flatMap((file) => {
        const source = program.getSourceFile(file);
        return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      })
    ];
    const errors = diagnostics.map((d) => `${d.file ? relative(dist, d.file.fileName) : "options"}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(ts.version).to.match(/^5\.0\./);
    expect(errors).to.deep.equal([]);
  });
});

function declarations(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? declarations(path) : entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

import {expect} from "chai";
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import ts from "typescript";
import {libraryImports} from "./helpers/publicImports";

// The public API, pinned: a name added, removed or renamed here is a deliberate change of what users may import.
const API: Record<string, {values: string[]; types: string[]}> = {
  ".": {
    values: [
      "ALL_PAIRS_LIMIT", "METRICS", "PARTITION_COSTS", "ResultsError", "alikeGroups", "analyse", "analyseFile", "chartDocument",
      "chartsPage", "cheapestPartitions", "cleanRuns", "compareGroups", "compareWithSeed", "comparisonMarkdown", "costWhatIf",
      "costWhatIfChart", "costWhatIfFigure", "cpuTimeChart", "cpuTimeFigure", "deltaChart", "deltaFigure", "distributionChart",
      "distributionFigure", "executionVsSamplesChart", "executionVsSamplesFigure", "experimentSummary", "findingsFrame",
      "identicalAverages", "identicalRunLists", "impossibleValues", "intervalChart", "intervalFigure", "manifest", "metric",
      "missingValues", "notebookChanges", "parseExperiments", "partitionCostTable", "partitionText", "partitionUnitCosts",
      "plotlyNotebookMode", "pngBuffer", "prefixMismatch", "priceNotes", "qualityChecks", "readPrices", "readResults", "runCosts",
      "runStatistics", "scalingChart", "scalingFigure", "seedAgreement", "showFrame", "showPlot", "showPlotly", "summaryIntervals",
      "svgString", "throughputChart", "throughputFigure"
    ],
    types: [
      "AnalyseOptions", "Analysis", "ChartOptions", "CompareChartOptions", "CompareOptions", "Figure", "FigureOptions", "Finding",
      "FrameOptions", "Metric", "ParsedResults", "PngOptions", "PriceModel", "Runs"
    ]
  },
  "./workflow": {
    values: [
      "LambdaError", "buildJobs", "checkPlan", "checkWorkflow", "collateRuns", "contextPathProblems", "defaultFunctions", "defaultPlan",
      "definitionChanges", "describeFailure", "describeShape", "formatOutcome", "formatProblem", "itemsPathProblems", "jobFields",
      "mockLambdas", "planForJobs", "replaySeed", "replayWorkflow", "seedDefinitions", "traceWorkflow", "validateDefinition",
      "workerPayloadProblems", "workflowDefinition"
    ],
    types: [
      "Definition", "Job", "Json", "JsonObject", "MockLambda", "Plan", "ReplayOutcome", "RunFailure", "SeedDefinitions", "SeedReplay",
      "StoredRun", "WorkflowFunctions", "WorkflowOptions", "WorkflowProblem", "WorkflowTrace"
    ]
  }
};

const root = resolve(__dirname, "..");
const sources: Record<string, string> = {".": join(root, "src", "index.ts"), "./workflow": join(root, "src", "workflow", "index.ts")};
const dist: Record<string, string> = {".": join(root, "dist", "index.d.ts"), "./workflow": join(root, "dist", "workflow", "index.d.ts")};

describe("the public API: bench-analysis and bench-analysis/workflow", function () {
  this.timeout(120000);
  let exported: ReturnType<typeof exportedNames>;
  before(() => (exported = exportedNames()));
  for (const entry of Object.keys(API)) {
    it(`${entry} exports exactly the pinned runtime names and types`, () => {
      const runtime = Object.keys(require(sources[entry]) as object).sort();
      expect(runtime).to.deep.equal([...API[entry].values].sort());
      expect(exported[entry].values).to.deep.equal(runtime);
      expect(exported[entry].types).to.deep.equal([...API[entry].types].sort());
    });
  }
  it("holds every name the notebooks, README, docs and kernel scripts import from the library", () => {
    const found = libraryImports(root);
    expect(found.filter((f) => f.place.startsWith("notebooks/")).map((f) => f.place.split(",")[0])).to.include.members(["notebooks/01-load-and-clean.ipynb", "notebooks/06-batch-workflow.ipynb", "notebooks/07-compare.ipynb"]);
    const missing = found.flatMap(({place, entry, names}) =>
      names.filter((name) => !(entry in API) || ![...API[entry].values, ...API[entry].types].includes(name)).map((name) => `${place}: ${name} from ${entry}`)
    );
    expect(missing).to.deep.equal([]);
  });
  it("compiles each notebook's import cell under tslab's TypeScript 5.0 against the built dist/", () => {
    const tslab: typeof import("@tslab/typescript-for-tslab") = require("@tslab/typescript-for-tslab");
    if (!existsSync(dist["."])) throw new Error("dist/index.d.ts missing: run npm run build");
    const found = libraryImports(root).filter((f) => f.cell !== undefined);
    const cells = new Map(found.map((f, i) => [join(root, "notebooks", `__cell${i}.ts`), f.cell!]));
    const places = new Map(found.map((f, i) => [join(root, "notebooks", `__cell${i}.ts`), f.place]));
    expect(cells.size).to.be.at.least(7);
    const options = {module: tslab.ModuleKind.ESNext, moduleResolution: tslab.ModuleResolutionKind.Node10, target: tslab.ScriptTarget.ES2022, types: ["node"], esModuleInterop: true, strict: true, noEmit: true};
    const host = tslab.createCompilerHost(options);
    const {fileExists, getSourceFile} = host;
    host.fileExists = (file) => cells.has(file) || fileExists(file);
    host.getSourceFile = (file, version, ...rest) => (cells.has(file) ? tslab.createSourceFile(file, cells.get(file)!, version) : getSourceFile(file, version, ...rest));
    const program = tslab.createProgram([...cells.keys()], options, host);
    const errors = [...cells.keys()].flatMap((file) => [...program.getSemanticDiagnostics(program.getSourceFile(file))]);
    expect(errors.map((d) => `${places.get(d.file!.fileName)}: ${tslab.flattenDiagnosticMessageText(d.messageText, "\n")}`)).to.deep.equal([]);
    const resolved = (name: string) => tslab.resolveModuleName(name, join(root, "notebooks", "x.ts"), options, tslab.sys).resolvedModule?.resolvedFileName;
    expect([resolved("../dist"), resolved("../dist/workflow")]).to.deep.equal([dist["."], dist["./workflow"]]);
  });
  it("resolves by package name through package.json exports, in Node and in TypeScript, and hides the internals", () => {
    const project = mkdtempSync(join(tmpdir(), "bench-analysis-user-"));
    try {
      mkdirSync(join(project, "node_modules"));
      symlinkSync(root, join(project, "node_modules", "bench-analysis"), "dir");
      const script = join(project, "use.js");
      writeFileSync(script, [
        `const {analyseFile} = require("bench-analysis"), {workflowDefinition} = require("bench-analysis/workflow");`,
        `let internal; try { require("bench-analysis/dist/read"); } catch (error) { internal = error.code; }`,
        `console.log(typeof analyseFile, typeof workflowDefinition, internal, require("bench-analysis/package.json").name);`
      ].join("\n"));
      const node = spawnSync(process.execPath, [script], {cwd: project, encoding: "utf8"});
      expect(node.stdout.trim(), node.stderr).to.equal("function function ERR_PACKAGE_PATH_NOT_EXPORTED bench-analysis");
      const settings: [ts.ModuleResolutionKind, ts.ModuleKind][] = [[ts.ModuleResolutionKind.Node10, ts.ModuleKind.CommonJS], [ts.ModuleResolutionKind.Node16, ts.ModuleKind.Node16], [ts.ModuleResolutionKind.Bundler, ts.ModuleKind.ESNext]];
      for (const [moduleResolution, module] of settings) {
        const resolved = (name: string) => ts.resolveModuleName(name, join(project, "use.ts"), {moduleResolution, module}, ts.sys).resolvedModule?.resolvedFileName;
        expect([resolved("bench-analysis"), resolved("bench-analysis/workflow")], ts.ModuleResolutionKind[moduleResolution]).to.deep.equal([dist["."], dist["./workflow"]]);
      }
    } finally {
      rmSync(project, {recursive: true, force: true});
    }
  });
});

// The names each entry exports, as the compiler sees them: runtime names (functions, constants, classes) and types only.
function exportedNames(): Record<string, {values: string[]; types: string[]}> {
  const program = ts.createProgram(Object.values(sources), {module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, target: ts.ScriptTarget.ES2022, strict: true, esModuleInterop: true, skipLibCheck: true, types: ["node"], noEmit: true});
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    Object.entries(sources).map(([entry, file]) => {
      const symbols = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
      const isValue = (symbol: ts.Symbol) => ((symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).flags & ts.SymbolFlags.Value) !== 0;
      const names = (value: boolean) => symbols.filter((symbol) => isValue(symbol) === value).map((symbol) => symbol.name).sort();
      return [entry, {values: names(true), types: names(false)}];
    })
  );
}

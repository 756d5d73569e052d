import {expect} from "chai";
import {readdirSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {cycles, importGraph, pastIndex, type Edge} from "./helpers/importGraph";

const root = resolve(__dirname, "..");
const src = importGraph(join(root, "src"));
const edge = (from: string, to: string): Edge => ({from, to, specifier: to});

describe("the layout of src/ (and the names in test/ and scripts/)", () => {
  it("has no import cycles, type-only imports and require() included", () => {
    expect(cycles(src.edges)).to.deep.equal([]);
  });
  it("imports another folder's module only through that folder's index (siblings import each other directly)", () => {
    expect(pastIndex(src.edges).map(({from, specifier}) => `${from}: ${specifier}`)).to.deep.equal([]);
  });
  it("names files in camelCase (modules after their main export, folders, index.ts; tests name-test.ts)", () => {
    const misnamed = [
      ...files("src").filter((path) => !/^[a-z][a-zA-Z0-9]*\.ts$/.test(base(path))),
      ...files("test").filter((path) => path.endsWith(".ts") && !/^[a-z][a-zA-Z0-9]*(-test)?\.ts$/.test(base(path))),
      ...files("scripts").filter((path) => path.endsWith(".ts") && !/^[a-z][a-zA-Z0-9]*\.ts$/.test(base(path))),
      ...["src", "test", "scripts"].flatMap(folders).filter((path) => !/^[a-z][a-zA-Z0-9]*$/.test(base(path)))
    ];
    expect(misnamed).to.deep.equal([]);
  });
  it("is read whole: every kind of import is an edge", () => {
    expect(src.files).to.include.members(["index.ts", "analyse.ts", "read/scan/scanner.ts"]);
    const has = (from: string, to: string) => src.edges.some((e) => e.from === from && e.to === to);
    expect(has("clean/cleanRuns.ts", "parse/index.ts"), "import type").to.equal(true);
    expect(has("index.ts", "analyse.ts"), "export … from").to.equal(true);
    expect(has("analyse.ts", "notebook/index.ts"), "require()").to.equal(true);
    expect(src.edges.length).to.be.above(500);
  });
});

describe("cycles(edges) and pastIndex(edges)", () => {
  it("cycles finds each strongly connected component, and a module importing itself", () => {
    const edges = [edge("a.ts", "b.ts"), edge("b.ts", "c.ts"), edge("c.ts", "a.ts"), edge("c.ts", "d.ts"), edge("e.ts", "e.ts")];
    expect(cycles(edges)).to.deep.equal([["a.ts", "b.ts", "c.ts"], ["e.ts"]]);
    expect(cycles([edge("a.ts", "b.ts"), edge("b.ts", "c.ts")])).to.deep.equal([]);
  });
  it("cycles finds the cycle a folder's index closes: a/x → b/index → b/y → a/index → a/x", () => {
    const edges = [edge("a/x.ts", "b/index.ts"), edge("b/index.ts", "b/y.ts"), edge("b/y.ts", "a/index.ts"), edge("a/index.ts", "a/x.ts")];
    expect(cycles(edges)).to.deep.equal([["a/index.ts", "a/x.ts", "b/index.ts", "b/y.ts"]]);
  });
  it("pastIndex flags a module reached past its folder's index or a subfolder's, from outside them", () => {
    const edges = [
      edge("cli/main.ts", "read/scan/scanner.ts"),
      edge("read/readRuns.ts", "read/scan/scanner.ts"),
      edge("notebook/showPlot.ts", "charts/plotly/index.ts"),
      edge("cli/main.ts", "read/index.ts"),
      edge("read/readRuns.ts", "read/scan/index.ts"),
      edge("read/readRuns.ts", "read/runSink.ts"),
      edge("read/scan/scanner.ts", "read/runKeys.ts"),
      edge("charts/plot.ts", "lazy.ts")
    ];
    expect(pastIndex(edges).map(({from, to}) => `${from} → ${to}`)).to.deep.equal([
      "cli/main.ts → read/scan/scanner.ts",
      "read/readRuns.ts → read/scan/scanner.ts",
      "notebook/showPlot.ts → charts/plotly/index.ts"
    ]);
  });
});

function files(dir: string): string[] {
  return walk(join(root, dir)).filter((path) => !/[\\/](fixtures|output)[\\/]/.test(path)).map((path) => relative(root, path));
}

function folders(dir: string): string[] {
  return walkFolders(join(root, dir)).filter((path) => !/[\\/](fixtures|output)([\\/]|$)/.test(path)).map((path) => relative(root, path));
}

function walk(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function walkFolders(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [join(dir, entry.name), ...walkFolders(join(dir, entry.name))]);
}

function base(path: string): string {
  return path.split(/[\\/]/).pop()!;
}

import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";

/** One `import {…} from "<the library>"` found in a notebook, a document or a kernel script. */
export interface LibraryImport {
  place: string;
  /** "." for the library's root entry (`../dist`, `bench-analysis`), "./workflow" for its workflow entry, else the path given. */
  entry: string;
  names: string[];
  /** The import cell's source, for a notebook. */
  cell?: string;
}

/**
 * The library imports of the notebooks' code cells, the Markdown documents (README.md, data/README.md, docs/) and
 * the kernel's test and timing scripts: everything that tells a user what to import.
 */
export function libraryImports(root: string): LibraryImport[] {
  const notebooks = readdirSync(join(root, "notebooks")).filter((name) => name.endsWith(".ipynb")).sort();
  const documents = ["README.md", "data/README.md", ...markdown(root, "docs"), "test/kernel/kernel_test.py", "scripts/bench/kernel_timing.py"];
  return [
    ...notebooks.flatMap((name) => {
      const {cells} = JSON.parse(readFileSync(join(root, "notebooks", name), "utf8")) as {cells: {cell_type: string; source: string | string[]}[]};
      return cells
        .filter((cell) => cell.cell_type === "code")
        .map((cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source))
        .flatMap((cell, i) => importsIn(cell, `notebooks/${name}, code cell ${i + 1}`).map((found) => ({...found, cell})));
    }),
    ...documents.filter((path) => existsSync(join(root, path))).flatMap((path) => importsIn(readFileSync(join(root, path), "utf8"), path))
  ];
}

function importsIn(text: string, place: string): LibraryImport[] {
  return [...text.matchAll(/\bimport\s+(?:type\s+)?\{([^}]*)\}\s*from\s*"(\.\.\/dist[^"]*|bench-analysis[^"]*)"/g)].map(([, list, specifier]) => ({
    place,
    entry: specifier.replace(/^(\.\.\/dist|bench-analysis)/, "."),
    names: list
      .split(",")
      .map((name) => name.trim().replace(/^type\s+/, "").replace(/\s+as\s+\w+$/, ""))
      // A placeholder in prose ({…}) names nothing.
      .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name))
  }));
}

function markdown(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

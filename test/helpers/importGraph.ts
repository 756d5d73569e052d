import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {dirname, join, relative, sep} from "node:path";
import ts from "typescript";

/** One import of a module under the root: importer and imported, as paths relative to the root with `/`. */
export interface Edge {
  from: string;
  to: string;
  specifier: string;
}

/** Every module under `root` and the imports between them: `import`, `import type`, `export … from`, `require` and `import()`. */
export function importGraph(root: string): {files: string[]; edges: Edge[]} {
  const files = sources(root).map((file) => slash(relative(root, file)));
  const edges = files.flatMap((from) => {
    const text = readFileSync(join(root, from), "utf8");
    return ts.preProcessFile(text, true, true).importedFiles
      .map(({fileName: specifier}) => specifier)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => ({from, to: resolveModule(root, from, specifier), specifier}));
  });
  return {files, edges};
}

/** The cycles of the graph, one per strongly connected component of more than one module (or a module importing itself). */
export function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const {from, to} of edges) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's algorithm, iteration order fixed by the sorted node list so that the report is stable.
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>(), found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter), low.set(node, counter++), stack.push(node), onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) visit(to), low.set(node, Math.min(low.get(node)!, low.get(to)!));
      else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member; member !== node; ) (member = stack.pop()!), onStack.delete(member), component.push(member);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Imports that reach past a folder's index: the imported module lies in a folder the importer is not in,
 * and is not that folder's index.
 */
export function pastIndex(edges: Edge[]): Edge[] {
  return edges.filter(({from, to}) => {
    const folders = to.split("/").slice(0, -1);
    return folders.some((_, i) => {
      const folder = folders.slice(0, i + 1).join("/") + "/";
      return !from.startsWith(folder) && to !== `${folder}index.ts`;
    });
  });
}

function resolveModule(root: string, from: string, specifier: string): string {
  const base = join(root, dirname(from), specifier);
  const candidates = [`${base}.ts`, join(base, "index.ts"), base];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  if (found === undefined) throw new Error(`${from}: cannot resolve ${specifier}`);
  return slash(relative(root, found));
}

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []))
    .sort();
}

function slash(path: string): string {
  return path.split(sep).join("/");
}

import {assert} from "chai";
import {mkdir, readFile, unlink, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";

export const outputDir = resolve(__dirname, "output");

/**
 * Compares a chart with test/charts/output/<name>.svg after normalising it (pretty-printed, numbers rounded, ids
 * renumbered). A missing snapshot is written, except in CI where it fails; a changed one is written beside it.
 */
export async function assertSnapshot(name: string, chart: Element, dir = outputDir): Promise<void> {
  const actual = normalizeSvg(chart);
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  let expected: string;
  try {
    expected = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || process.env.CI) throw new Error(`missing snapshot: ${file}`, {cause: error});
    await mkdir(dir, {recursive: true});
    await writeFile(file, actual, "utf8");
    console.warn(`! generated ${file}`);
    return;
  }
  if (actual === expected) {
    if (!process.env.CI) await unlink(changed).catch(() => {});
    return;
  }
  await writeFile(changed, actual, "utf8");
  assert.fail(`${name} must match snapshot: see ${changed}`);
}

/** The chart as stable text: Plot's generated class and ids renumbered, numbers to two decimals, one element a line. */
export function normalizeSvg(chart: Element): string {
  const root = chart.cloneNode(true) as Element;
  if (root.localName === "svg") root.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  renumber(root);
  return `${pretty(root, "")}\n`;
}

function renumber(root: Element) {
  const names = new Map<string, string>();
  const rename = (value: string) =>
    value.replace(/\bplot-(clip|marker|pattern)-\d+\b|\bplot-[0-9a-f]{6}\b/g, (id, kind?: string) => {
      if (!names.has(id)) names.set(id, kind ? `plot-${kind}-${1 + [...names.keys()].filter((k) => k.startsWith(`plot-${kind}-`)).length}` : "plot");
      return names.get(id)!;
    });
  for (const node of [root, ...root.querySelectorAll("*")]) {
    for (const {name, value} of Array.from(node.attributes)) node.setAttribute(name, rename(value));
    if (node.localName === "style") node.textContent = rename(node.textContent ?? "");
  }
}

function pretty(node: Element, indent: string): string {
  const attributes = Array.from(node.attributes, ({name, value}) => ` ${name}="${escape(round(value)).replace(/"/g, "&quot;")}"`).join("");
  const children = Array.from(node.childNodes);
  const open = `${indent}<${node.localName}${attributes}`;
  if (!children.length) return `${open}></${node.localName}>`;
  if (children.some((child) => child.nodeType === 3 && child.textContent!.trim())) return `${open}>${inline(node)}</${node.localName}>`;
  const lines = children.filter((child): child is Element => child.nodeType === 1).map((child) => pretty(child, `${indent}  `));
  return `${open}>\n${lines.join("\n")}\n${indent}</${node.localName}>`;
}

function inline(node: Element): string {
  return Array.from(node.childNodes, (child) =>
    child.nodeType === 1 ? pretty(child as Element, "") : escape(child.textContent ?? "")
  ).join("");
}

function round(value: string) {
  return value.replace(/-?\d+\.\d+/g, (d) => `${+(+d).toFixed(2)}`);
}

function escape(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

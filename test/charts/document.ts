import {chartDocument} from "../../src/charts/chartDocument";

/** A jsdom document for charts; jsdom lays nothing out, as in Node and notebooks. */
export const document = chartDocument();

export function texts(root: Element, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (node) => node.textContent ?? "");
}

export function group(root: Element, label: string): Element {
  const g = root.querySelector(`g[aria-label="${label}"]`);
  if (!g) throw new Error(`no group: ${label}`);
  return g;
}

/** A new SVG element with attributes and, if given, text. */
export function element(document: Document, name: string, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, `${value}`);
  if (text != null) node.textContent = text;
  return node;
}

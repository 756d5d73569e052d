import {element} from "./element";

/** A standalone SVG document of a chart: namespaced, on a white background, styled without a page's stylesheet. */
export function svgString(chart: Element): string {
  if (chart.localName !== "svg") throw new Error(`not an svg element: ${chart.localName}`);
  const svg = chart.cloneNode(true) as SVGSVGElement;
  const document = svg.ownerDocument;
  // Plot's stylesheet uses :where() and custom properties, which SVG renderers ignore; attributes survive.
  for (const style of svg.querySelectorAll("style")) style.remove();
  svg.setAttribute("color", "black");
  svg.setAttribute("style", "background: white");
  svg.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
  svg.insertBefore(element(document, "rect", {width: "100%", height: "100%", fill: "white"}), svg.firstChild);
  const window = document.defaultView;
  const xml = window ? new window.XMLSerializer().serializeToString(svg) : svg.outerHTML;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

import type * as Plot from "@observablehq/plot";
import {element} from "./element";

/** A colour legend drawn inside the SVG, in the right margin; Plot's own ordinal legend is HTML and lost on export. */
export function legendMark({label}: {label?: string} = {}): Plot.RenderFunction {
  return (_index, scales, _values, {width, height, marginTop, marginRight, marginBottom}, {document}) => {
    const color = scales.color;
    const domain = (scales.scales.color?.domain ?? []) as string[];
    const g = element(document, "g", {"aria-label": "legend", "text-anchor": "start", transform: `translate(${width - marginRight + 16},${marginTop})`});
    if (!color || !domain.length) return g;
    const top = label == null ? 0 : 16;
    const step = Math.min(14, (height - marginTop - marginBottom - top) / domain.length);
    if (label != null) g.append(element(document, "text", {"font-weight": "bold", y: "0.71em"}, label));
    domain.forEach((value, i) => {
      const y = top + i * step + step / 2;
      const item = element(document, "g", {transform: `translate(0,${y})`});
      item.append(element(document, "circle", {r, cx: r, fill: color(value)}), element(document, "text", {x: 2 * r + 5, y: "0.32em"}, value));
      g.append(item);
    });
    return g;
  };
}

const r = 4;

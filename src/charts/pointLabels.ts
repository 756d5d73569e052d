import type * as Plot from "@observablehq/plot";
import {element} from "./element";
import {pushDown} from "./pushDown";

export interface PointLabel {
  /** The point in pixels. */
  x: number;
  y: number;
  text: string;
  title?: string;
  /** Pixels between the point and the label's near end, before the gap. */
  offset?: number;
}

/** Labels beside points, right of them unless that overflows the frame, moved down past labels they would overlap. */
export function pointLabels(place: (scales: Plot.ScaleFunctions) => PointLabel[]): Plot.RenderFunction {
  return (_index, scales, _values, {width, marginRight}, {document}) => {
    const lineHeight = fontSize * 1.25;
    const right = width - marginRight;
    const items = place(scales)
      .map((label) => {
        const offset = (label.offset ?? 0) + gap;
        // jsdom measures no text: estimate the width from the number of characters.
        const textWidth = label.text.length * fontSize * 0.62;
        const start = label.x + offset + textWidth <= right;
        const x0 = start ? label.x + offset : label.x - offset - textWidth;
        return {label, x: start ? label.x + offset : label.x - offset, anchor: start ? "start" : "end", x0, x1: x0 + textWidth, y: label.y};
      })
      .sort((a, b) => a.y - b.y || a.x0 - b.x0);
    pushDown(items, (p) => [p.x0, p.x1], (item, p) => p.x0 < item.x1 && item.x0 < p.x1 && Math.abs(p.y - item.y) < lineHeight, lineHeight);
    const g = element(document, "g", {"aria-label": "point label", "font-size": fontSize});
    for (const {label, x, y, anchor} of items) {
      const text = element(document, "text", {x, y, dy: "0.32em", "text-anchor": anchor}, label.text);
      if (label.title != null) text.append(element(document, "title", {}, label.title));
      g.append(text);
    }
    return g;
  };
}

const fontSize = 10;
const gap = 6;

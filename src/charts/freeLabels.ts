import type * as Plot from "@observablehq/plot";
import {element} from "./element";

export interface FreeLabel {
  /** The point in pixels. */
  x: number;
  y: number;
  text: string;
  /** Which side of the point to try first. */
  prefer: "above" | "below";
}

/** What a label must not touch, in pixels: lines (as vertices) and boxes (such as dots and other text). */
export interface Obstacles {
  lines: [number, number][][];
  boxes: Box[];
}

export type Box = [x0: number, y0: number, x1: number, y1: number];

/**
 * Labels beside points, each at the first spot around its point (above or below first, then beside, then further out)
 * that crosses no line, covers no box or earlier label and stays inside the frame; where none is free, the spot with
 * the fewest clashes.
 */
export function freeLabels(place: (scales: Plot.ScaleFunctions) => {labels: FreeLabel[]} & Obstacles): Plot.RenderFunction {
  return (_index, scales, _values, {width, height, marginTop, marginRight, marginBottom, marginLeft}, {document}) => {
    const {labels, lines, boxes} = place(scales);
    const frame: Box = [marginLeft, marginTop, width - marginRight, height - marginBottom];
    const taken = [...boxes];
    const g = element(document, "g", {"aria-label": "value label", "font-size": FONT_SIZE, "text-anchor": "middle", fill: "#555", stroke: "white", "stroke-width": 3, "paint-order": "stroke"});
    for (const label of labels) {
      const spots = candidates(label).map((box) => ({box, clashes: clashes(box, frame, lines, taken)}));
      const {box} = spots.find((s) => s.clashes === 0) ?? spots.reduce((a, b) => (b.clashes < a.clashes ? b : a));
      taken.push(box);
      g.append(element(document, "text", {x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2, dy: "0.32em"}, label.text));
    }
    return g;
  };
}

/** The box of a label's text centred at a pixel point; jsdom measures no text, so the width is estimated from its characters. */
export function labelBox(text: string, x: number, y: number): Box {
  const halfWidth = (text.length * FONT_SIZE * 0.62) / 2, halfHeight = FONT_SIZE * 0.6;
  return [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
export function crosses([ax, ay]: [number, number], [bx, by]: [number, number], [x0, y0, x1, y1]: Box): boolean {
  let t0 = 0, t1 = 1;
  const dx = bx - ax, dy = by - ay;
  for (const [p, q] of [[-dx, ax - x0], [dx, x1 - ax], [-dy, ay - y0], [dy, y1 - ay]]) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    if (t0 > t1) return false;
  }
  return true;
}

// Nearest first: above (or below), then beside, then the other side; then the same a line and two lines further out.
function candidates({x, y, text, prefer}: FreeLabel): Box[] {
  const w = labelBox(text, 0, 0)[2], h = FONT_SIZE * 0.6;
  return [0, 1, 2].flatMap((ring) => {
    const out = ring * 2 * h;
    const above = [[0, -(h + 6 + out)], [-(w + 6), -(h + 3 + out)], [w + 6, -(h + 3 + out)]];
    const below = [[0, h + 6 + out], [w + 6, h + 3 + out], [-(w + 6), h + 3 + out]];
    const beside = ring ? [] : [[-(w + 8), 0], [w + 8, 0]];
    const order = prefer === "above" ? [...above, ...beside, ...below] : [...below, ...beside, ...above];
    return order.map(([dx, dy]) => labelBox(text, x + dx, y + dy));
  });
}

function clashes(box: Box, [fx0, fy0, fx1, fy1]: Box, lines: [number, number][][], taken: Box[]): number {
  let n = box[0] < fx0 || box[2] > fx1 || box[1] < fy0 || box[3] > fy1 ? 1 : 0;
  for (const line of lines) for (let i = 1; i < line.length; ++i) if (crosses(line[i - 1], line[i], box)) ++n;
  for (const [x0, y0, x1, y1] of taken) if (box[0] < x1 && x0 < box[2] && box[1] < y1 && y0 < box[3]) ++n;
  return n;
}

const FONT_SIZE = 10;

import {assert} from "chai";
import {group} from "./document";

/**
 * Asserts that every horizontal interval line keeps `gap` px from the frame's left edge (the y axis's ticks) and its
 * right edge (`marginRight` from the svg's width), so that no interval ends where the frame does, unmarked.
 */
export function assertClearOfFrame(chart: Element, {gap = 8, marginRight = 40} = {}) {
  const svg = chart.localName === "svg" ? chart : chart.querySelector("svg")!;
  const left = +/translate\(([\d.]+),/.exec(group(chart, "y-axis tick").querySelector("path")!.getAttribute("transform")!)![1];
  const right = +svg.getAttribute("width")! - marginRight;
  const lines = Array.from(chart.querySelectorAll('g[aria-label="rule"] line'), (l) => [+l.getAttribute("x1")!, +l.getAttribute("x2")!]).filter(([a, b]) => a !== b);
  assert.isNotEmpty(lines);
  for (const [a, b] of lines) {
    assert.isAtLeast(Math.min(a, b), left + gap, "an interval runs into the y axis");
    assert.isAtMost(Math.max(a, b), right - gap, "an interval ends at the frame's edge");
  }
}

import type {Figure} from "./figure";

/** The property under which a figure keeps how to draw its Plot twin: the PNG shown where plotly cannot run. */
export const STATIC_CHART = Symbol.for("bench-analysis.staticChart");

/** The figure, given its Plot twin (drawn only when asked); non-enumerable, so JSON and spreads never see it. */
export function withStaticChart(figure: Figure, draw: () => Element): Figure {
  return Object.defineProperty(figure, STATIC_CHART, {value: draw});
}

/** The Plot twin of a figure made by this library, freshly drawn; undefined for any other figure. */
export function staticChart(figure: unknown): Element | undefined {
  const draw = (figure as {[STATIC_CHART]?: unknown} | null)?.[STATIC_CHART];
  return typeof draw === "function" ? (draw as () => Element)() : undefined;
}

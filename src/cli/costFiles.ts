import type {Analysis} from "../analyse";
import {costWhatIfChart, costWhatIfFigure, chartsPage, pngBuffers, svgString, whatIfPoints} from "../charts";
import {costWhatIf} from "../cost";
import {csv} from "../format";

/**
 * With a usage-based price model, the what-if of its cost per run across memory sizes: cost_what_if.csv, its chart
 * (svg, 300-dpi png) and cost_what_if.html; nothing for the seed's lookup or without a model.
 */
export function costFiles(
  {runs, prices}: Pick<Analysis, "runs" | "prices">,
  {png = true, csv: csvOptions = {}}: {png?: boolean; csv?: Parameters<typeof csv>[1]} = {},
): Record<string, string | Uint8Array> {
  if (prices === undefined || prices.model === "seed") return {};
  const whatIf = costWhatIf(runs, {prices});
  const points = whatIfPoints(whatIf);
  const svg = svgString(costWhatIfChart(points));
  return {
    "cost_what_if.csv": csv(whatIf, csvOptions),
    "cost_what_if.svg": svg,
    ...(png ? {"cost_what_if.png": pngBuffers([svg])[0]} : {}),
    "cost_what_if.html": chartsPage([costWhatIfFigure(points)], {title: `What-if: ${prices.name}`}),
  };
}

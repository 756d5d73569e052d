import type {Analysis} from "../analysis";
import {escapeHtml} from "../format";
import type {DisplayData} from "./publish";

/** An analysis as a short overview: what was read and kept, and each of its parts with its size, not every frame. */
export function analysisDisplay(analysis: Analysis): DisplayData {
  const {runs, summary, partitions, coercions, experiments, warnings, sources, read} = analysis;
  const headline = `Analysis: ${count(read, "run")} read, ${count(runs.height, "run")} kept, ${count(experiments.length, "experiment")}, ${count(warnings.length, "warning")}`;
  const parts: [string, string, string][] = [
    ["runs", shape(runs), "one row per run: index, experiment, partition, run variables"],
    ["summary", shape(summary), "one row per experiment: the seed's summary table"],
    ["partitions", shape(partitions), "one row per partition: the seed's cost table"],
    ["coercions", shape(coercions), "values changed on the way in"],
    ["experiments", `${experiments.length}`, "names, in the order they first appear"],
    ["sources", `${sources.length}`, "where each section came from"],
    ["warnings", `${warnings.length}`, warnings[0] ?? ""]
  ];
  const width = (i: number) => Math.max(...parts.map((part) => part[i].length));
  const text = [headline, ...parts.map(([name, size, what]) => `  ${name.padEnd(width(0))}  ${size.padStart(width(1))}  ${what}`.trimEnd())].join("\n");
  const row = (cells: string[], tag: string) => `<tr>${cells.map((cell, i) => `<${tag} align="${i === 1 ? "right" : "left"}">${escapeHtml(cell)}</${tag}>`).join("")}</tr>`;
  const html = [
    `<div class="bench-analysis">`,
    `<b>${escapeHtml(headline)}</b>`,
    `<table>`,
    row(["part", "size", "what"], "th"),
    ...parts.map((part) => row(part, "td")),
    `</table>`,
    `</div>`
  ].join("\n");
  return {data: {"text/html": html, "text/plain": text}, metadata: {}};
}

function shape(df: {height: number; width: number}) {
  return `${df.height} × ${df.width}`;
}

function count(n: number, noun: string) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

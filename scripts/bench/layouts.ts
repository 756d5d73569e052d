import type {RunRecord} from "../../src/parse";

/** The layouts results files are written in: by the benchmark's harness, by json.dump with or without indent, on Windows, by hand. */
export const LAYOUTS = ["one run per line", "pretty (keys shuffled)", "compact", "CRLF", "mixed"] as const;
export type Layout = (typeof LAYOUTS)[number];

/**
 * One section of a results file in a layout: `one run per line` (the bundled file's), `pretty,
 * keys shuffled` (json.dump(runs, indent=2) with each run's keys in a seeded random order),
 * `compact` (the whole list on one line), `CRLF` (one run per line, Windows line ends), `mixed`
 * (each section in one of the others, in turn by `index`).
 */
export function formatSection(experiment: string, runs: RunRecord[], layout: Layout, random: () => number, index = 0): string {
  switch (layout) {
    case "one run per line":
      return `${experiment}\n[\n${runs.map((run) => "  " + line(run)).join(",\n")}\n]\n`;
    case "pretty (keys shuffled)":
      return `${experiment}\n${JSON.stringify(runs.map((run) => shuffled(run, random)), null, 2)}\n`;
    case "compact":
      return `${experiment}\n[${runs.map(line).join(", ")}]\n`;
    case "CRLF":
      return formatSection(experiment, runs, "one run per line", random).replace(/\n/g, "\r\n");
    case "mixed":
      return formatSection(experiment, runs, LAYOUTS[index % 4], random);
  }
}

/** A run as json.dump writes it: `{"key": value, ...}`. */
function line(run: RunRecord): string {
  return `{${Object.entries(run).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(", ")}}`;
}

function shuffled(run: RunRecord, random: () => number): RunRecord {
  const entries = Object.entries(run);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return Object.fromEntries(entries);
}

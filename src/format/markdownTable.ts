import {visible} from "../parse";

/**
 * A Markdown table with every column padded to its widest cell, as in the seed's README. Cells are
 * escaped: a pipe cannot break the table, and text from the data cannot become HTML.
 */
export function markdownTable(headers: readonly string[], body: readonly (readonly string[])[]): string {
  const rows = body.map((row) => row.map(escapeMarkdown));
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, j) => cell.padEnd(widths[j])).join(" | ")} |`;
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

/**
 * Text from the data made safe for Markdown: no HTML, no table breaks, no code spans, no links or
 * images, one line, and invisible or reordering characters shown as escapes (`\u202e`).
 */
export function escapeMarkdown(cell: string): string {
  return visible(cell.replace(/[&<>|\\`[\]\n\r]/g, (c) => ESCAPES[c]));
}

const ESCAPES: Record<string, string> = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "\\": "\\\\", "`": "\\`", "[": "\\[", "]": "\\]", "\n": " ", "\r": " "};

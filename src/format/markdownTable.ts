/** A Markdown table with every column padded to its widest cell, as in the seed's README. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, j) => cell.padEnd(widths[j])).join(" | ")} |`;
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

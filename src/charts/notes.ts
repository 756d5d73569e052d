/** The subtitle of a chart that draws only the latest experiments. */
export function rowsNote(shown: number, total: number): string {
  return `the latest ${count(shown)} of ${count(total)} experiments; all are in experiment_summary.csv`;
}

/** The subtitle of a scatter drawn without labels. */
export function labelsNote(maxRows: number): string {
  return `labels omitted above ${count(maxRows)} experiments; hover the interactive chart for names`;
}

function count(n: number) {
  return n.toLocaleString("en-US");
}

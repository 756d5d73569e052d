/** One size of the benchmark: its file and the medians of each method. */
export interface Row {
  runs: number;
  bytes: number;
  results: Record<string, {ms: number; maxRss: number} | undefined>;
}

const MB = 2 ** 20;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / MB).toFixed(0);
const ratio = (a?: number, b?: number) => (a === undefined || b === undefined ? "–" : (a / b).toFixed(2));

/** The benchmark table in Markdown: median time and peak memory per method, and the ratios the targets are about. */
export function reportTable(rows: Row[]): string {
  const header = ["runs", "file MiB", "(a) pipeline s", "(a) peak MiB", "(b) JSON.parse floor s", "(b) peak MiB", "(c) pandas s", "(c) peak MiB", "(a)/(b) time", "(c)/(a) time", "(a) peak / file"];
  const lines = rows.map(({runs, bytes, results: {a, b, c}}) => [
    runs.toLocaleString("en-US"),
    mb(bytes),
    a ? seconds(a.ms) : "–",
    a ? mb(a.maxRss) : "–",
    b ? seconds(b.ms) : "–",
    b ? mb(b.maxRss) : "–",
    c ? seconds(c.ms) : "skipped",
    c ? mb(c.maxRss) : "–",
    ratio(a?.ms, b?.ms),
    ratio(c?.ms, a?.ms),
    ratio(a?.maxRss, bytes),
  ]);
  return [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

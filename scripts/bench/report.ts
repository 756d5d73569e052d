/** One layout and size of the benchmark: its file, the medians of each method, and one `npm start`. */
export interface Row {
  layout: string;
  runs: number;
  bytes: number;
  results: Record<string, {ms: number; maxRss: number} | undefined>;
  start?: {ms: number; maxRss: number};
}

const MB = 2 ** 20;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / MB).toFixed(0);
const ratio = (a?: number, b?: number) => (a === undefined || b === undefined ? "–" : (a / b).toFixed(2));

/**
 * The benchmark table in Markdown, a row per layout and size: median time and peak memory per
 * method, the ratios the targets are about, the growth of (a)'s time from the size 10× smaller in
 * the same layout, and `npm start` where it was run.
 */
export function reportTable(rows: Row[]): string {
  const header = ["layout", "runs", "file MiB", "(a) pipeline s", "(a) peak MiB", "(b) JSON.parse floor s", "(b) peak MiB", "(c) pandas s", "(c) peak MiB", "(a)/(b) time", "(c)/(a) time", "(a) peak / file", "(a) time vs 10× fewer runs", "npm start s", "npm start peak MiB"];
  const lines = rows.map((row) => {
    const {layout, runs, bytes, results: {a, b, c}, start} = row;
    const smaller = rows.find((r) => r.layout === layout && r.runs * 10 === runs);
    return [
      layout,
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
      smaller ? `${ratio(a?.ms, smaller.results.a?.ms)}×` : "–",
      start ? seconds(start.ms) : "–",
      start ? mb(start.maxRss) : "–",
    ];
  });
  return [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

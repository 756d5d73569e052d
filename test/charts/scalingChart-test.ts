import {assert} from "chai";
import pl from "nodejs-polars";
import {crosses, labelBox} from "../../src/charts/freeLabels";
import {scalingChart} from "../../src/charts/scalingChart";
import {document, group, texts} from "./document";
import {syntheticRuns} from "./fixtures";
import {assertSnapshot} from "./snapshot";

describe("scalingChart(runs)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("scaling", scalingChart(syntheticRuns(), {document}));
  });

  it("draws CPU time and memory against partition size beside the proportional line", () => {
    const chart = scalingChart(syntheticRuns(), {document});
    assert.lengthOf(chart.querySelectorAll('g[aria-label="line"]'), 2);
    assert.lengthOf(group(chart, "dot").querySelectorAll("circle"), 10);
    assert.deepEqual(texts(group(chart, "x-axis tick label"), "text"), ["10", "25", "50", "75", "100"]);
    assert.includeMembers(texts(chart, "text"), ["CPU time", "CPU memory", "proportional"]);
  });

  it("labels the y axis relative to the smallest partition", () => {
    const chart = scalingChart(syntheticRuns(), {document});
    assert.deepEqual(texts(group(chart, "y-axis label"), "text"), ["Mean per run, relative to 10MB (×)"]);
  });

  it("draws a single partition without a warning on stderr (Plot's high-cardinality z warning)", () => {
    const warn = console.warn, warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const runs = syntheticRuns().filter(pl.col("partition").eq(pl.lit("10MB")));
      assert.lengthOf(scalingChart(runs, {document}).querySelectorAll('g[aria-label="line"]'), 2);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, []);
  });

  it("labels every point with its mean where no line crosses the label, no label covers another, and all stay in the frame", () => {
    const growing = partitions([3.56, 7.28, 11.89, 18.37, 22.84], [7151, 17865, 35580, 53230, 61645]);
    const falling = partitions([22.84, 3.56, 18.37, 7.28, 11.89], [61645, 7151, 53230, 17865, 35580]);
    const level = partitions([10, 10, 10, 10, 10], [7000, 7000, 7000, 7000, 7000]);
    for (const runs of [syntheticRuns(), growing, falling, level]) {
      const chart = scalingChart(runs, {document});
      const labels = Array.from(group(chart, "value label").querySelectorAll("text"), (t) => ({text: t.textContent!, box: labelBox(t.textContent!, +t.getAttribute("x")!, +t.getAttribute("y")!)}));
      assert.lengthOf(labels, 10);
      // End labels start at their x: their box is a centred one moved right by half its width.
      const ends = Array.from(group(chart, "end label").querySelectorAll("text"), (t) => {
        const [x0, y0, x1, y1] = labelBox(t.textContent!, +t.getAttribute("x")!, +t.getAttribute("y")!);
        return {text: t.textContent!, box: [x0 + (x1 - x0) / 2, y0, x1 + (x1 - x0) / 2, y1]};
      });
      assert.sameMembers(ends.map((d) => d.text), ["proportional", "CPU time", "CPU memory"]);
      for (const [i, end] of ends.entries()) {
        for (const other of [...labels, ...ends.slice(i + 1)]) assert.isFalse(overlap(end.box, other.box), `${end.text} covers ${other.text}`);
      }
      const lines = Array.from(chart.querySelectorAll('g[aria-label="line"] path'), (path) => vertices(path.getAttribute("d")!));
      assert.lengthOf(lines, 3);
      for (const {text, box} of labels) {
        for (const line of lines) for (let i = 1; i < line.length; ++i) assert.isFalse(crosses(line[i - 1], line[i], box), `a line crosses ${text}`);
        for (const other of labels) if (other.text !== text) assert.isFalse(overlap(box, other.box), `${text} covers ${other.text}`);
        assert.isTrue(box[0] >= 60 && box[2] <= 768 - 90 && box[1] >= 50 && box[3] <= 576 - 50, `${text} leaves the frame`);
      }
    }
  });

});

// Runs of five partitions (10MB to 100MB), one experiment each, at the given mean CPU times (s) and memories (MB).
function partitions(times: number[], memories: number[]) {
  const names = ["10MB", "25MB", "50MB", "75MB", "100MB"];
  return pl.DataFrame({
    experiment: names.map((_, i) => `Experiment${i + 1}`),
    partition: names,
    total_cpu_time: times,
    total_cpu_memory: memories
  });
}

function vertices(d: string): [number, number][] {
  return Array.from(d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g), (m) => [+m[1], +m[2]]);
}

function overlap(a: number[], b: number[]) {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}


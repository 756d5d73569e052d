import {assert} from "chai";
import {costWhatIfChart} from "../../src/charts/costWhatIfChart";
import {costWhatIfFigure} from "../../src/charts/plotly/costWhatIfFigure";
import {whatIfPoints} from "../../src/charts/whatIfPoints";
import {costWhatIf} from "../../src/cost";
import {runsFrame} from "../helpers/runs";
import {document, group, texts} from "./document";
import {assertSnapshot} from "./snapshot";

const lambda = {model: "lambda", name: "l", architecture: "arm64", perGbSecond: 0.00001, perMillionRequests: 0.2} as const;
const runs = runsFrame({
  experiment: ["E1", "E1", "E2", "E3"],
  data_path: ["10MB/a", "10MB/b", "25MB/a", "<i>&x/a"],
  total_cpu_memory: [900, 1800, 3000, 500],
  total_cpu_time: [2, 4, 6, 1],
});
const whatIf = costWhatIf(runs, {prices: lambda, memoryMb: [1024, 2048, 4096]});

describe("costWhatIfChart(whatIf)", () => {
  it("matches its snapshot", async () => {
    await assertSnapshot("cost-what-if", costWhatIfChart(whatIf, {document}));
  });
  it("draws a line per partition over the configured sizes, hollow where some runs cannot run", () => {
    const chart = costWhatIfChart(whatIf, {document});
    assert.lengthOf(chart.querySelectorAll('g[aria-label="line"] path'), 3);
    assert.deepEqual(texts(group(chart, "x-axis tick label"), "text"), ["1", "2", "4"]);
    const dots = chart.querySelectorAll('g[aria-label="dot"]');
    // 10MB fits from 2 GB, 25MB from 4 GB, <i>&x everywhere: 6 filled, 3 hollow.
    assert.deepEqual(Array.from(dots, (g) => g.querySelectorAll("circle").length), [6, 3]);
    assert.includeMembers(texts(chart, "text"), ["10MB", "25MB", "<i>&x", "Cost per Run by Configured Memory"]);
  });
  it("draws in a document of its own when given none", () => {
    assert.strictEqual(costWhatIfChart(whatIf).localName, "svg");
  });
});

describe("whatIfPoints(whatIf)", () => {
  it("gives each partition's cost per run at each size and whether all its runs fit", () => {
    const {partitions, points} = whatIfPoints(whatIf);
    assert.deepEqual(partitions, ["10MB", "25MB", "<i>&x"]);
    assert.deepEqual(
      points.filter((d) => d.partition === "10MB").map((d) => [d.memory_gb, d.feasible, d.feasible_runs]),
      [[1, false, 1], [2, true, 2], [4, true, 2]],
    );
  });
});

describe("costWhatIfFigure(whatIf)", () => {
  it("has a trace per partition, hollow markers where runs cannot run, log axes and escaped names", () => {
    const {data, layout} = costWhatIfFigure(whatIf);
    assert.deepEqual(data.map((t) => t.name), ["10MB", "25MB", "&lt;i&gt;&amp;x"]);
    assert.deepEqual((data[1].marker as {symbol: string[]}).symbol, ["circle-open", "circle-open", "circle"]);
    assert.deepEqual(data[0].x, [1, 2, 4]);
    assert.strictEqual((layout.xaxis as {type: string}).type, "log");
    assert.strictEqual((layout.yaxis as {type: string}).type, "log");
  });
});

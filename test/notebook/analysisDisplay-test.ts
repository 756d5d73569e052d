import {expect} from "chai";
import {analyse} from "../../src/analyse";
import {parseExperiments} from "../../src/parse";
import {analysisDisplay} from "../../src/notebook/analysisDisplay";
import {JUPYTER_DISPLAY} from "../../src/notebook/displayOf";

const text = `Experiment1
[{"data_path": "100MB/a", "total_cpu_time (seconds)": 1}, {"data_path": "100MB/b", "total_cpu_time (seconds)": "x"}]
Experiment2
[]
`;

describe("analysisDisplay(analysis)", () => {
  it("is an overview: what was read and kept, each part with its size, in text and HTML", () => {
    const analysis = analyse(parseExperiments(text));
    const {data} = analysisDisplay(analysis);
    const lines = String(data["text/plain"]).split("\n");
    expect(lines[0]).to.equal("Analysis: 2 runs read, 2 runs kept, 2 experiments, 0 warnings");
    expect(lines.map((line) => line.trim().split(/\s{2,}/)[0])).to.deep.equal([lines[0], "runs", "summary", "partitions", "coercions", "experiments", "sources", "warnings"]);
    expect(lines[2]).to.match(/^ {2}summary\s+2 × 10 {2}one row per experiment/);
    expect(data["text/html"]).to.contain("<td align=\"left\">coercions</td><td align=\"right\">1 × 5</td>");
  });
  it("is what an analysis shows through Deno's display method; the method stays out of spreads and JSON", () => {
    const analysis = analyse(parseExperiments(text));
    const method = (analysis as unknown as Record<symbol, () => unknown>)[JUPYTER_DISPLAY];
    expect(method()).to.deep.equal(analysisDisplay(analysis).data);
    expect(Object.getOwnPropertySymbols({...analysis})).to.deep.equal([]);
  });
});

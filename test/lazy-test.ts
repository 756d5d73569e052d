import {expect} from "chai";
import {spawnSync} from "node:child_process";
import {resolve} from "node:path";

// What `require` of the library loads before any chart is drawn: a notebook's import cell and the CLI's start.
function loaded(script: string): string[] {
  const result = spawnSync(process.execPath, ["--require", "tsx/cjs", "-e", `${script}; console.log(JSON.stringify(Object.keys(require.cache)))`], {cwd: resolve(__dirname, ".."), encoding: "utf8"});
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").pop()!);
}

const heavy = /node_modules[\\/](jsdom|@observablehq[\\/]plot|plotly\.js-dist-min|@resvg|aws-local-stepfunctions|asl-validator)[\\/]/;

describe("the library's entry", () => {
  it("loads no jsdom, Plot, plotly.js, resvg or workflow runner until they are used", function () {
    this.timeout(60000);
    expect(loaded(`require("./src/index")`).filter((file) => heavy.test(file))).to.deep.equal([]);
  });
  it("loads them when a chart is drawn without a document", function () {
    this.timeout(60000);
    const files = loaded(`const lib = require("./src/index"); lib.svgString(lib.throughputChart(require("./test/charts/fixtures").seedSummary()))`);
    expect(files.some((file) => /node_modules[\\/]jsdom[\\/]/.test(file))).to.equal(true);
    expect(files.some((file) => /node_modules[\\/]@observablehq[\\/]plot[\\/]/.test(file))).to.equal(true);
  });
});

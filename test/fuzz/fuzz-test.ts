import {expect} from "chai";
import {readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {analyse} from "../../src/analyse";
import {chartFiles} from "../../src/cli/chartFiles";
import {summaryDocument} from "../../src/cli/documents";
import {qualityChecks} from "../../src/quality";
import {parseExperiments, ResultsError} from "../../src/parse";
import {decode} from "../../src/read/readExperiments";
import {MUTATIONS, random} from "./mutations";

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const FIXTURES = "test/fixtures/fuzz";

/** Runs the whole pipeline on bytes (charts for some); returns the error kind, or "ok" after checking the accounting. */
function outcome(bytes: Buffer, charts = false): string {
  try {
    const parsed = parseExperiments(decode(bytes));
    const analysis = analyse(parsed);
    const runsIn = parsed.sections.reduce((n, s) => n + s.runs.length, 0);
    if (analysis.runs.height !== runsIn || analysis.read !== runsIn) throw new Error(`accounting: ${runsIn} in, ${analysis.runs.height} kept`);
    qualityChecks(analysis.runs, analysis.summary);
    summaryDocument(analysis, "fuzz.txt", []);
    if (charts) chartFiles(analysis, {png: false});
    return "ok";
  } catch (error) {
    if (!(error instanceof ResultsError)) throw error;
    if (error.line === undefined) throw new Error(`no line in: ${error.message}`);
    return error.problem.replace(/, found .*$/, "").replace(/run \d+ is .*/, "run is not an object");
  }
}

describe("fuzzing the parser", function () {
  this.timeout(120_000);

  it("survives every kept regression input", () => {
    for (const name of readdirSync(FIXTURES)) outcome(readFileSync(join(FIXTURES, name)));
  });

  it(`parses or raises a located ResultsError for ${RUNS} seeded mutations, never anything else`, () => {
    const small = readFileSync("test/fixtures/fuzz-base.txt");
    const big = readFileSync("data/All Experiments.txt");
    const names = Object.keys(MUTATIONS);
    const r = random(20261126);
    const kinds = new Map<string, number>();
    let slowest = {ms: 0, mutation: ""};
    for (let i = 0; i < RUNS; i++) {
      const mutation = names[i % names.length];
      const base = i % 200 === 0 ? big : small;
      let bytes = MUTATIONS[mutation](base, r);
      if (r.next() < 0.2) bytes = MUTATIONS[r.pick(names)](bytes, r);
      const start = performance.now();
      let kind: string;
      try {
        kind = outcome(bytes, i % 10 === 0);
      } catch (error) {
        const path = join(FIXTURES, `crash-${i}.txt`);
        writeFileSync(path, bytes);
        throw new Error(`mutation ${i} (${mutation}) escaped: ${(error as Error).message}; input kept as ${path}`);
      }
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = {ms, mutation: `${mutation} of ${base === big ? "the bundled file" : "the small file"} (${bytes.length} bytes)`};
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const rss = process.memoryUsage().rss / 2 ** 20;
    console.log(`      ${RUNS} mutations, ${kinds.size} outcomes: ${[...kinds].map(([k, n]) => `${k} ${n}`).join("; ")}`);
    console.log(`      slowest ${slowest.ms.toFixed(0)} ms: ${slowest.mutation}; rss ${rss.toFixed(0)} MB`);
    expect(kinds.get("ok")).to.be.greaterThan(0);
    expect(kinds.size).to.be.greaterThan(8);
  });
});

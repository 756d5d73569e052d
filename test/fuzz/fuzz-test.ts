import {expect} from "chai";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {fuzzSize} from "./fuzzSize";
import {outcome} from "./outcome";
import {MUTATIONS, random} from "./mutations";

// npm test: 300 mutations; npm run fuzz: 4,000 (FUZZ_RUNS), with the same seed unless FUZZ_SEED is given.
const {runs: RUNS, seed: SEED, rerun: RERUN} = fuzzSize(300, 20261126);
const FIXTURES = "test/fixtures/fuzz";

describe("fuzzing the parser", function () {
  this.timeout(30_000 + RUNS * 100);

  it(`parses or raises a located ResultsError for ${RUNS} mutations seeded ${SEED}, never anything else`, () => {
    const small = readFileSync("test/fixtures/fuzz-base.txt");
    const big = readFileSync("data/All Experiments.txt");
    const names = Object.keys(MUTATIONS);
    const r = random(SEED);
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
        const path = join(FIXTURES, `crash-${SEED}-${i}.txt`);
        writeFileSync(path, bytes);
        throw new Error(`mutation ${i} (${mutation}) escaped: ${(error as Error).message}; input kept as ${path} (add it to expected.json there); again: ${RERUN} npm run fuzz`);
      }
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = {ms, mutation: `${mutation} of ${base === big ? "the bundled file" : "the small file"} (${bytes.length} bytes)`};
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const rss = process.memoryUsage().rss / 2 ** 20;
    console.log(`      ${RERUN}: ${RUNS} mutations, ${kinds.size} outcomes: ${[...kinds].map(([k, n]) => `${k} ${n}`).join("; ")}`);
    console.log(`      slowest ${slowest.ms.toFixed(0)} ms: ${slowest.mutation}; rss ${rss.toFixed(0)} MB`);
    expect(kinds.get("ok")).to.be.greaterThan(0);
    expect(kinds.size).to.be.greaterThan(8);
  });
});

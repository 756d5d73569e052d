import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseExperiments} from "../../src/parse";
import {mulberry32} from "../../src/reconstruct";
import {formatSection, LAYOUTS} from "../../scripts/bench/layouts";
import {fuzzSize} from "../fuzz/fuzzSize";
import {MUTATIONS, random} from "../fuzz/mutations";
import {expectSameAsExact} from "./same";

// npm test: 30 mutations; npm run fuzz: a tenth of FUZZ_RUNS (400), with the same seed unless FUZZ_SEED is given.
const {runs: RUNS, seed: SEED, rerun: RERUN} = fuzzSize(30, 20261127, 0.1);

/** A results file in every layout (units in ms and GB in one of them), as bytes. */
function layouts(text: string): Buffer[] {
  const {sections} = parseExperiments(text);
  const shuffle = mulberry32(5);
  const files = LAYOUTS.map((layout) => Buffer.from(sections.map((s, i) => formatSection(s.experiment, s.runs, layout, shuffle, i)).join("\n")));
  const converted = sections.map((s) => ({...s, runs: s.runs.map(({"total_cpu_time (seconds)": time, "total_cpu_memory (MB)": memory, ...rest}) => ({...rest, "total_cpu_time (ms)": typeof time === "number" ? time * 1000 : time, "total_cpu_memory (GB)": memory}))}));
  files.push(Buffer.from(converted.map((s, i) => formatSection(s.experiment, s.runs, "pretty (keys shuffled)", shuffle, i)).join("\n")));
  return files;
}

describe("fuzzing readRuns against the exact parser", function () {
  this.timeout(30_000 + RUNS * 1000);

  it(`gives the same frame, coercions, warnings or error for ${RUNS} mutations seeded ${SEED} of every layout, in small and large blocks, some in threads`, () => {
    const dir = mkdtempSync(join(tmpdir(), "read-fuzz-"));
    const small = layouts(readFileSync("test/fixtures/fuzz-base.txt", "utf8"));
    const big = readFileSync("data/All Experiments.txt");
    const names = Object.keys(MUTATIONS);
    const r = random(SEED);
    console.log(`      ${RERUN}: ${RUNS} mutations; npm run fuzz takes the same two numbers`);
    try {
      for (let i = 0; i < RUNS; i++) {
        const mutation = names[i % names.length];
        const base = i % 50 === 0 ? big : small[Math.floor(i / names.length) % small.length];
        let bytes = MUTATIONS[mutation](base, r);
        if (r.next() < 0.2) bytes = MUTATIONS[r.pick(names)](bytes, r);
        const path = join(dir, `mutation-${i}.txt`);
        writeFileSync(path, bytes);
        const sizes = base === big ? [1 << 20] : [97, 1 << 20];
        try {
          for (const size of sizes) expectSameAsExact(path, {size}, `mutation ${i} (${mutation}) of layout ${small.indexOf(base)} in blocks of ${size} (${RERUN})`);
          if (i % 20 === 0) expectSameAsExact(path, {size: 997, threads: 2}, `mutation ${i} (${mutation}) in two threads (${RERUN})`);
        } catch (error) {
          // Kept where the regression spec reads it, so that the case stays in npm test once fixed.
          copyFileSync(path, join("test/fixtures/fuzz", `read-${SEED}-${i}.txt`));
          throw error;
        }
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {MUTATIONS, random} from "../fuzz/mutations";
import {expectSameAsExact} from "./same";

const RUNS = Number(process.env.FUZZ_RUNS ?? 4000) / 10;

describe("fuzzing readRuns against the exact parser", function () {
  this.timeout(120_000);

  it(`gives the same frame, coercions, warnings or error for ${RUNS} seeded mutations, in small and large blocks, some in threads`, () => {
    const dir = mkdtempSync(join(tmpdir(), "read-fuzz-"));
    const small = readFileSync("test/fixtures/fuzz-base.txt");
    const big = readFileSync("data/All Experiments.txt");
    const names = Object.keys(MUTATIONS);
    const r = random(20261127);
    try {
      for (let i = 0; i < RUNS; i++) {
        const mutation = names[i % names.length];
        const base = i % 50 === 0 ? big : small;
        let bytes = MUTATIONS[mutation](base, r);
        if (r.next() < 0.2) bytes = MUTATIONS[r.pick(names)](bytes, r);
        const path = join(dir, `mutation-${i}.txt`);
        writeFileSync(path, bytes);
        const sizes = base === big ? [1 << 20] : [97, 1 << 20];
        for (const size of sizes) expectSameAsExact(path, {size}, `mutation ${i} (${mutation}) in blocks of ${size}`);
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

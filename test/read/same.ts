import {expect} from "chai";
import type pl from "nodejs-polars";
import {cleanRuns} from "../../src/clean";
import {ResultsError} from "../../src/parse";
import {readResults} from "../../src/read";
import {readRuns, type ReadOptions} from "../../src/read";

type Read = {runs: pl.DataFrame; coercions: pl.DataFrame; warnings: string[]; experiments: string[]; read: number; sources: unknown[]};

/** What reading gives, as plain values (-0 kept apart from 0), or the error message. */
function outcome(read: () => Read): unknown {
  try {
    const {runs, coercions, warnings, experiments, read: count, sources} = read();
    const columns = Object.fromEntries(runs.columns.map((name) => [name, runs.getColumn(name).toArray().map((v) => (Object.is(v, -0) ? "-0" : v))]));
    return {columns, dtypes: runs.dtypes.map(String), coercions: coercions.toRecords(), warnings, experiments, read: count, sources};
  } catch (error) {
    if (error instanceof ResultsError) return {error: error.message};
    throw error;
  }
}

/** Asserts readRuns(path) gives what cleanRuns(readResults(path)) gives, sources included, or the same error. */
export function expectSameAsExact(path: string, options: ReadOptions = {}, label = path): void {
  const exact = outcome(() => {
    const parsed = readResults(path);
    return {...cleanRuns(parsed), sources: parsed.sections.map(({experiment, file, line}) => ({experiment, file, line}))};
  });
  expect(outcome(() => readRuns(path, options)), label).to.deep.equal(exact);
}

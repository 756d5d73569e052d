import {expect} from "chai";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {expectSameAsExact} from "../read/same";
import {kept} from "./kept";
import {outcome} from "./outcome";

const FIXTURES = "test/fixtures/fuzz";
// What each kept input once broke and what reading it must give now; an input the fuzz keeps needs an entry here.
const EXPECTED = "expected.json";
// Block sizes that cut the inputs' strings, escapes, CRLFs and headers at many places, and one that holds them whole.
const SIZES = [1, 2, 3, 5, 7, 11, 16, 31, 64, 97, 1 << 20];

type Expected = Record<string, {why: string; gives: unknown}>;

describe("kept fuzz inputs (test/fixtures/fuzz)", () => {
  const inputs = readdirSync(FIXTURES).filter((name) => name.endsWith(".txt")).sort();
  const expected = JSON.parse(readFileSync(join(FIXTURES, EXPECTED), "utf8")) as Expected;

  it("are there, each with what it once broke or guards", () => {
    expect(inputs).to.not.be.empty;
    expect(inputs.filter((name) => !expected[name]?.why), `inputs without an entry in ${EXPECTED}`).to.deep.equal([]);
    expect(Object.keys(expected).filter((name) => !inputs.includes(name)), `entries in ${EXPECTED} without an input`).to.deep.equal([]);
  });
  for (const name of inputs) {
    const path = join(FIXTURES, name);
    describe(name, () => {
      it("reads as recorded", () => {
        expect(kept(path)).to.deep.equal(expected[name]?.gives);
      });
      it("reads the same in blocks of any size and in threads as the exact parser", () => {
        for (const size of SIZES) expectSameAsExact(path, {size}, `${name} in blocks of ${size}`);
        expectSameAsExact(path, {size: 7, threads: 2}, `${name} in two threads`);
      });
      it("goes through the whole pipeline, charts included, or stops at a located ResultsError", () => {
        outcome(readFileSync(path), true);
      });
    });
  }
});

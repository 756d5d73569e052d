import {expect} from "chai";
import {deriveSeed} from "../../src/reconstruct/deriveSeed";
import {mulberry32} from "../../src/reconstruct/mulberry32";
import {shuffle} from "../../src/reconstruct/shuffle";

const take = (random: () => number, n: number) => Array.from({length: n}, random);

describe("mulberry32(seed)", () => {
  it("repeats the same sequence for the same seed", () => {
    expect(take(mulberry32(42), 50)).to.deep.equal(take(mulberry32(42), 50));
  });
  it("gives different sequences for different seeds", () => {
    expect(take(mulberry32(42), 5)).not.to.deep.equal(take(mulberry32(43), 5));
  });
  it("returns numbers in [0, 1) with a mean near one half", () => {
    const values = take(mulberry32(7), 10000);
    expect(values.every((v) => v >= 0 && v < 1)).to.equal(true);
    expect(values.reduce((a, v) => a + v, 0) / values.length).to.be.closeTo(0.5, 0.02);
  });
});

describe("deriveSeed(seed, label)", () => {
  it("is a 32-bit integer that depends on both seed and label", () => {
    const seed = deriveSeed(1, "Experiment1");
    expect(seed).to.equal(deriveSeed(1, "Experiment1"));
    expect(seed >>> 0).to.equal(seed);
    expect(seed).not.to.equal(deriveSeed(2, "Experiment1"));
    expect(seed).not.to.equal(deriveSeed(1, "Experiment2"));
  });
});

describe("shuffle(items, random)", () => {
  it("returns a permutation and leaves the input alone", () => {
    const items = Array.from({length: 30}, (_, i) => i);
    const shuffled = shuffle(items, mulberry32(3));
    expect(items).to.deep.equal(Array.from({length: 30}, (_, i) => i));
    expect(shuffled).not.to.deep.equal(items);
    expect(shuffled.slice().sort((a, b) => a - b)).to.deep.equal(items);
  });
});

import {assert} from "chai";
import {thinTicks} from "../../src/charts/thinTicks";

const experiments = (numbers: number[]) => numbers.map((n) => `Experiment${n}`);
const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => from + i);

describe("thinTicks(order)", () => {
  it("names every experiment up to 20", () => {
    assert.deepEqual(thinTicks(experiments(range(1, 20))), experiments(range(1, 20)));
  });

  it("names the experiments at round numbers, about 20 of them", () => {
    assert.deepEqual(thinTicks(experiments(range(1, 6446))), experiments(range(1, 12).map((i) => i * 500)));
    assert.deepEqual(thinTicks(experiments(range(1, 70))), experiments(range(1, 14).map((i) => i * 5)));
  });

  it("takes the next experiment where a round number is missing, never two crowded together", () => {
    const order = experiments([...range(1, 980), ...range(1003, 1400), ...range(1985, 2000)]);
    const ticks = thinTicks(order);
    assert.include(ticks, "Experiment1003");
    assert.notInclude(ticks, "Experiment1985");
    const positions = ticks.map((name) => order.indexOf(name));
    for (const [i, p] of positions.slice(1).entries()) assert.isAtLeast(p - positions[i], order.length / 40);
  });

  it("spaces names evenly when they have no numbers, or not in order", () => {
    const letters = Array.from({length: 50}, (_, i) => `run ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? "'" : ""}`);
    assert.deepEqual(thinTicks(letters), letters.filter((_, i) => i % 3 === 0));
    assert.lengthOf(thinTicks(experiments([...range(30, 60), ...range(1, 29)])), 20);
  });
});

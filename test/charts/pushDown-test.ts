import {assert} from "chai";
import {pushDown} from "../../src/charts/pushDown";

interface Box {
  x0: number;
  x1: number;
  y: number;
}

const span = (b: Box) => [b.x0, b.x1] as const;
const clash = (b: Box, p: Box) => p.x0 < b.x1 && b.x0 < p.x1 && Math.abs(p.y - b.y) < 12;

// What pushDown replaces: each item compared with every item placed before it (and the same end on rounding).
function everyPair(items: Box[]) {
  const placed: Box[] = [];
  for (const item of items) {
    for (let near = placed.filter((p) => clash(item, p)); near.length; near = placed.filter((p) => clash(item, p))) {
      const below = Math.max(...near.map((p) => p.y)) + 12;
      if (!(below > item.y)) break;
      item.y = below;
    }
    placed.push(item);
  }
}

function boxes(n: number, seed: number): Box[] {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({length: n}, () => {
    const x0 = random() * 700;
    const wide = random() < 0.05 ? 20_000 : random() * 150;
    return {x0, x1: x0 + wide, y: Math.round(random() * 500)};
  }).sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

describe("pushDown(items, span, clash, height)", () => {
  it("places items as comparing each with every earlier item would", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const expected = boxes(400, seed);
      const actual = boxes(400, seed);
      everyPair(expected);
      pushDown(actual, span, clash, 12);
      assert.deepEqual(actual, expected, `seed ${seed}`);
    }
  });

  it("moves an item down past every item it clashes with, and leaves the first where it is", () => {
    const items = [
      {x0: 0, x1: 10, y: 0},
      {x0: 5, x1: 15, y: 5},
      {x0: 12, x1: 20, y: 6},
      {x0: 100, x1: 110, y: 6}
    ];
    pushDown(items, span, clash, 12);
    assert.deepEqual(items.map((b) => b.y), [0, 12, 24, 6]);
  });

  it("compares items without a finite span or position with every other", () => {
    const items = [
      {x0: -Infinity, x1: Infinity, y: 0},
      {x0: 5, x1: 15, y: 5},
      {x0: 5, x1: 15, y: NaN}
    ];
    pushDown(items, span, clash, 12);
    assert.deepEqual(items.map((b) => b.y), [0, 12, NaN]);
  });

  it("ends where rounding leaves an item one height below another still within it", () => {
    const items = [
      {x0: 0, x1: 10, y: 507.675240776699},
      {x0: 0, x1: 10, y: 510}
    ];
    let calls = 0;
    const within11 = (b: Box, p: Box) => {
      if (++calls > 1000) throw new Error("no end");
      return p.x0 < b.x1 && b.x0 < p.x1 && Math.abs(p.y - b.y) < 11;
    };
    assert.isBelow(Math.abs(items[0].y - (items[0].y + 11)), 11);
    pushDown(items, span, within11, 11);
    assert.deepEqual(items.map((b) => b.y), [507.675240776699, 507.675240776699 + 11]);
  });
});

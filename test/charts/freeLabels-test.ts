import {assert} from "chai";
import {crosses, labelBox} from "../../src/charts/freeLabels";

describe("freeLabels", () => {
  it("crosses(a, b, box) is true for a segment through the box, or with an end inside it", () => {
    assert.isTrue(crosses([0, 0], [10, 10], [4, 4, 6, 6]));
    assert.isTrue(crosses([5, 5], [50, 0], [4, 4, 6, 6]));
    assert.isTrue(crosses([0, 5], [10, 5], [4, 4, 6, 6]));
  });

  it("crosses(a, b, box) is false for a segment that passes by or stops short", () => {
    assert.isFalse(crosses([0, 0], [10, 0], [4, 4, 6, 6]));
    assert.isFalse(crosses([0, 0], [3, 3], [4, 4, 6, 6]));
    assert.isFalse(crosses([0, 10], [2, 0], [4, 4, 6, 6]));
  });

  it("labelBox(text, x, y) is centred on the point, about 6.2 pixels a character wide and 12 high", () => {
    assert.deepEqual(labelBox("7.0 GB", 100, 50).map((v) => +v.toFixed(2)), [81.4, 44, 118.6, 56]);
  });
});

import {expect} from "chai";
import {History, SESSION} from "../../src/kernel/history";

function history() {
  const h = new History();
  h.add(1, "1 + 2", "3");
  h.add(2, "x = 1", null);
  h.add(3, "1 + 2", "3");
  h.add(4, "1 + 5", "6");
  return h;
}

describe("History", () => {
  it("gives the last n cells, with their results when output is asked for", () => {
    expect(history().reply({hist_access_type: "tail", n: 2})).to.deep.equal([[SESSION, 3, "1 + 2"], [SESSION, 4, "1 + 5"]]);
    expect(history().reply({hist_access_type: "tail", n: 1, output: true})).to.deep.equal([[SESSION, 4, ["1 + 5", "6"]]]);
  });
  it("gives a range of execution counts, stop excluded, in this session or session 0", () => {
    expect(history().reply({hist_access_type: "range", session: SESSION, start: 2, stop: 4}).map((e) => e[1])).to.deep.equal([2, 3]);
    expect(history().reply({hist_access_type: "range", session: 0, start: 4})).to.have.length(1);
    expect(history().reply({hist_access_type: "range", session: SESSION + 1, start: 1})).to.deep.equal([]);
  });
  it("searches with a glob, unique keeping the last of equal inputs, n the last matches", () => {
    expect(history().reply({hist_access_type: "search", pattern: "1 + *"}).map((e) => e[1])).to.deep.equal([1, 3, 4]);
    expect(history().reply({hist_access_type: "search", pattern: "1 + ?", unique: true}).map((e) => e[1])).to.deep.equal([3, 4]);
    expect(history().reply({hist_access_type: "search", pattern: "1 + *", n: 2}).map((e) => e[1])).to.deep.equal([3, 4]);
    expect(history().reply({hist_access_type: "search", pattern: "(x"})).to.deep.equal([]);
  });
});

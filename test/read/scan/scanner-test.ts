import {expect} from "chai";
import {Odd, Scanner, type ScanSink} from "../../../src/read/scan/scanner";

/** What a scanner finds in text fed in blocks of `size` bytes, each left-over carried to the next, as the reader does. */
function scan(text: string, size = 1 << 20, headers = true): string[] {
  const found: string[] = [];
  const sink: ScanSink = {
    header: (experiment) => void found.push(experiment),
    fast: () => -1,
    tolerant: (b, start, end) => void found.push(b.toString("utf8", start, end)),
  };
  const scanner = new Scanner(sink, headers);
  const all = Buffer.from(text);
  let carried = 0;
  for (let end = Math.min(size, all.length); ; end = Math.min(end + size, all.length)) {
    const b = Buffer.concat([all.subarray(carried, end), Buffer.from([0])]);
    const used = scanner.feed(b, 0, b.length - 1, end === all.length);
    carried += used;
    if (end === all.length) return found;
  }
}
const odd = (text: string, headers = true) => {
  try {
    scan(text, 1 << 20, headers);
  } catch (error) {
    if (error instanceof Odd) return error.at;
    throw error;
  }
  return undefined;
};

describe("Scanner", () => {
  it("splits sections and run objects whatever the layout, in blocks of any size", () => {
    const text = 'Experiment1\r\n[\r\n  {\r\n    "a": "}{][\\"",\r\n    "b": [1, {"c": 2}]\r\n  },\r\n  {}\r\n]\r\n\n  Experiment2  \n[{"d": 1}, {"e": 2},]';
    const expected = ["Experiment1", '{\r\n    "a": "}{][\\"",\r\n    "b": [1, {"c": 2}]\r\n  }', "{}", "Experiment2", '{"d": 1}', '{"e": 2}'];
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) expect(scan(text, size), `blocks of ${size}`).to.deep.equal(expected);
  });
  it("takes a header only as a line of its own, ended by \\n", () => {
    expect(scan("Experiment1\n[]\n\t Experiment22 \t\r\n[]")).to.deep.equal(["Experiment1", "Experiment22"]);
    expect(odd("Experiment1\r[]\n")).to.equal(0);
    expect(odd("Experiment1 x\n[]\n")).to.equal(0);
    expect(odd('Experiment1\n[{"a": "x\u2028Experiment2\u2028"}]\n')).to.equal(undefined);
  });
  it("takes JavaScript white space around a list, as the exact parser does, and JSON white space inside it", () => {
    expect(scan("\ufeff\u00a0\nExperiment1\n\u2028[]\u3000\n")).to.deep.equal(["Experiment1"]);
    expect(odd("Experiment1\n[\u00a0{}]\n")).to.equal(13);
  });
  it("stops where the text is not a well-formed section, for the exact parser to name the problem", () => {
    expect(odd("results\nExperiment1\n[]")).to.equal(0);
    expect(odd('Experiment1\n[{"a": 1} {"b": 2}]')).to.equal(22);
    expect(odd("Experiment1\n[1, 2]")).to.equal(13);
    expect(odd("Experiment1\n[,]")).to.equal(13);
    expect(odd("Experiment1\n[] x")).to.equal(15);
    expect(odd('Experiment1\n[{"a": "b\nc"}]')).to.equal(13);
    expect(odd('Experiment1\n[{"a": 1,\nExperiment2\n[]')).to.equal(13);
    expect(odd("Experiment1\n[{}")).to.equal(15);
    expect(odd("Experiment1\n")).to.equal(12);
  });
  it("reads one plain list without headers for an ExperimentN.json file", () => {
    expect(scan('\n[{"a": 1}, {}]\n', 4, false)).to.deep.equal(['{"a": 1}', "{}"]);
    expect(odd("[{}]\nExperiment2\n[]", false)).to.equal(5);
    expect(odd("", false)).to.equal(0);
  });
});

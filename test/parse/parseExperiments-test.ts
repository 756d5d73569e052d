import {expect} from "chai";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parseExperiments, ResultsError} from "../../src/parse";
import {readExperiments} from "../../src/read";

const names = (text: string) => parseExperiments(text).sections.map((s) => [s.experiment, s.runs.length]);
const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ResultsError);
    return (error as Error).message;
  }
  throw new Error("no error");
};
const failure = (text: string) => message(() => parseExperiments(text, {file: "x.txt"}));

describe("parseExperiments(text)", () => {
  it("reads ExperimentN sections in the order they appear, keeping each run's experiment", () => {
    const text = 'Experiment3\n[{"a": 1}, {"a": 2}]\n\nExperiment1\n[\n  {"a": 3}\n]\n';
    const {sections, warnings} = parseExperiments(text);
    expect(sections).to.deep.equal([
      {experiment: "Experiment3", line: 1, runs: [{a: 1}, {a: 2}]},
      {experiment: "Experiment1", line: 4, runs: [{a: 3}]},
    ]);
    expect(warnings).to.deep.equal([]);
  });
  it("allows spaces around the header and blank lines anywhere between sections", () => {
    expect(names('\n\n  Experiment2   \n\n[{}]\n\n\nExperiment5\t\n[]\n\n')).to.deep.equal([["Experiment2", 1], ["Experiment5", 0]]);
  });
  it("is not fooled by ] inside a string or by nested lists, where the seed's regex is", () => {
    const text = 'Experiment1\n[{"data_path": "10MB/a]b", "shape": [[1, 2], [3]]}, {"a": "]"}]\nExperiment2\n[{}]\n';
    const [first] = parseExperiments(text).sections;
    expect(first.runs).to.deep.equal([{data_path: "10MB/a]b", shape: [[1, 2], [3]]}, {a: "]"}]);
    expect(names(text)).to.deep.equal([["Experiment1", 2], ["Experiment2", 1]]);
  });
  it("accepts a UTF-8 byte order mark and CRLF line ends", () => {
    expect(names('\ufeffExperiment1\r\n[{"a": 1},\r\n{"a": 2}]\r\n\r\nExperiment2\r\n[]\r\n')).to.deep.equal([["Experiment1", 2], ["Experiment2", 0]]);
  });
  it("accepts trailing commas and NaN, Infinity, -Infinity", () => {
    const [e] = parseExperiments('Experiment1\n[{"a": NaN, "b": Infinity, "c": -Infinity,},\n]\n').sections;
    expect(e.runs).to.deep.equal([{a: NaN, b: Infinity, c: -Infinity}]);
  });
  it("keeps unknown fields and missing ones as they are (the runs frame decides)", () => {
    const [e] = parseExperiments('Experiment1\n[{"extra": {"x": 1}}, {}]\n').sections;
    expect(e.runs).to.deep.equal([{extra: {x: 1}}, {}]);
  });
  it("reads an empty list as an experiment without runs", () => {
    expect(names("Experiment1\n[]\n")).to.deep.equal([["Experiment1", 0]]);
  });
  it("keeps a repeated experiment as another section, with a warning naming it", () => {
    const {sections, warnings} = parseExperiments('Experiment1\n[{"a": 1}]\nExperiment2\n[]\nExperiment1\n[{"a": 2}]\n');
    expect(sections.map((s) => [s.experiment, s.line, s.runs])).to.deep.equal([["Experiment1", 1, [{a: 1}]], ["Experiment2", 3, []], ["Experiment1", 5, [{a: 2}]]]);
    expect(warnings).to.deep.equal(["Experiment1 appears again at line 5 (first at line 1): runs merged"]);
  });
  it("returns no experiments for empty or blank text", () => {
    expect(parseExperiments("").sections).to.deep.equal([]);
    expect(parseExperiments(" \n\r\n\t").sections).to.deep.equal([]);
  });
  it("names file, experiment and line of an unclosed list", () => {
    expect(failure('Experiment1\n[{"a": 1},\n{"a": 2}\n\nExperiment2\n[]\n')).to.equal("x.txt: Experiment1, line 2: unclosed list");
    expect(failure('Experiment1\n[]\nExperiment2\n[{"a": 1},\n')).to.equal("x.txt: Experiment2, line 4: unclosed list");
  });
  it("refuses an object where the list of runs should be", () => {
    expect(failure('Experiment1\n{"a": 1}\n')).to.equal("x.txt: Experiment1, line 2: expected a list of runs, found an object");
  });
  it("refuses a header with no list", () => {
    expect(failure("Experiment1\n\nExperiment2\n[]\n")).to.equal("x.txt: Experiment1, line 1: no list after header");
    expect(failure("Experiment1\n[]\nExperiment2\n")).to.equal("x.txt: Experiment2, line 3: no list after header");
  });
  it("refuses binary garbage and any text before the first header", () => {
    expect(failure("\u0000\u0001PK\u0003\u0004garbage\nmore")).to.equal('x.txt: line 1: expected an ExperimentN header, found "\\u0000\\u0001PK\\u0003\\u0004garbage"');
    expect(failure("results:\nExperiment1\n[]")).to.equal('x.txt: line 1: expected an ExperimentN header, found "results:"');
    expect(failure('[{"a": 1}]')).to.equal('x.txt: line 1: expected an ExperimentN header, found "[{\\"a\\": 1}]"');
  });
  it("refuses a run that is not an object, naming it", () => {
    expect(failure('Experiment1\n[{"a": 1},\n  42]\n')).to.equal("x.txt: Experiment1, line 3: run 2 is a number (42), not an object");
    expect(failure('Experiment1\n[\n  [1]\n]\n')).to.equal("x.txt: Experiment1, line 3: run 1 is a list, not an object");
  });
  it("refuses text after the list and broken JSON inside it", () => {
    expect(failure('Experiment1\n[{"a": 1}] x\n')).to.equal("x.txt: Experiment1, line 2: unexpected text after the list");
    expect(failure('Experiment1\n[{"a": 1},\n {"a": tru}]\n')).to.equal('x.txt: Experiment1, line 3: expected a value, found "tru"');
    expect(failure('Experiment1\n[{"a": 1},\n {"a": "x}]\n')).to.equal("x.txt: Experiment1, line 3: unterminated string");
    expect(failure('Experiment1\n[{"a": 1},\n {"a": 2]\n')).to.equal('x.txt: Experiment1, line 3: expected , or }, found "]"');
  });
  it("leaves the file out of the message when it has none", () => {
    expect(message(() => parseExperiments('Experiment1\n{}'))).to.equal("Experiment1, line 2: expected a list of runs, found an object");
  });
});

describe("readExperiments(path)", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-"));
  it("reads a file and names it in errors", () => {
    const path = join(dir, "ok file.txt");
    writeFileSync(path, 'Experiment1\n[{"a": 1}]\n');
    expect(readExperiments(path).sections).to.have.length(1);
    writeFileSync(path, "Experiment1\n");
    expect(message(() => readExperiments(path))).to.equal(`${path}: Experiment1, line 1: no list after header`);
  });
  it("refuses invalid UTF-8 instead of replacing it, naming the line", () => {
    const path = join(dir, "latin1.txt");
    writeFileSync(path, Buffer.concat([Buffer.from('Experiment1\n[{"device": "'), Buffer.from([0xe9]), Buffer.from('"}]\n')]));
    expect(message(() => readExperiments(path))).to.equal(`${path}: line 2: invalid UTF-8`);
  });
  it("says plainly when the file cannot be read", () => {
    expect(message(() => readExperiments(join(dir, "missing.txt")))).to.equal(`${join(dir, "missing.txt")}: cannot read: no such file`);
    expect(message(() => readExperiments(dir))).to.equal(`${dir}: cannot read: is a folder`);
  });
});

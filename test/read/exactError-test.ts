import {expect} from "chai";
import {appendFileSync, closeSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {ResultsError} from "../../src/parse";
import {exactError} from "../../src/read/exactError";
import {openResults} from "../../src/read/openResults";
import type {RunSink} from "../../src/read/runSink";

describe("exactError(fd, file, sink, {at, line, opened}, limit)", () => {
  const dir = mkdtempSync(join(tmpdir(), "exactError "));
  const sink = {section: {experiment: "Experiment1", file: "", line: 1, position: 0}} as unknown as RunSink;
  const valid = 'Experiment1\n[{"total_cpu_time (seconds)": 1}]\n';

  it("gives the exact parser's error for the section the scanner found broken", () => {
    const file = join(dir, "broken.txt");
    writeFileSync(file, 'Experiment1\n[{"total_cpu_time (seconds)": 1}\n');
    const {fd, size, modified} = openResults(file);
    try {
      const error = exactError(fd, file, sink, {at: 40, line: 2, opened: {size, modified}}, 1 << 20);
      expect(error).to.be.instanceOf(ResultsError);
      expect(error.message).to.match(/broken\.txt: Experiment1, line \d: unclosed list/);
    } finally {
      closeSync(fd);
    }
  });
  it("says the file changed while it was read when a writer mended it after the scanner saw it broken", () => {
    const file = join(dir, "growing.txt");
    writeFileSync(file, valid.slice(0, -3));
    const {fd, size, modified} = openResults(file);
    try {
      appendFileSync(file, valid.slice(-3));
      const error = exactError(fd, file, sink, {at: 30, line: 2, opened: {size, modified}}, 1 << 20);
      expect(error).to.be.instanceOf(ResultsError);
      expect(error.message).to.equal(`${file}: changed while it was read (read it again once it is written)`);
    } finally {
      closeSync(fd);
    }
  });
  it("throws a plain Error, a bug and not bad input, when an unchanged file disagrees", () => {
    const file = join(dir, "same.txt");
    writeFileSync(file, valid);
    const {fd, size, modified} = openResults(file);
    try {
      expect(() => exactError(fd, file, sink, {at: 30, line: 2, opened: {size, modified}}, 1 << 20)).to.throw(Error, /the reader and the exact parser disagree/);
    } finally {
      closeSync(fd);
    }
  });
});

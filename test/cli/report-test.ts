import {expect} from "chai";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {analyseFile} from "../../src/analyse";
import {main} from "../../src/cli/main";
import {report} from "../../src/cli/report";

describe("report(analysis, data, {verbose})", function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), "report-"));
  after(() => rmSync(dir, {recursive: true, force: true}));

  it("says how many runs took each path when asked, and whenever the tolerant parser was needed", () => {
    const bundled = analyseFile("data/All Experiments.txt");
    expect(report(bundled, "x.txt").filter((l) => l.startsWith("runs read"))).to.deep.equal([]);
    expect(report(bundled, "x.txt", {verbose: true})).to.include("runs read: 3410 on the fast path, 0 by the tolerant parser");
    const path = join(dir, "odd.txt");
    writeFileSync(path, 'Experiment1\n[{"batch_size": 1}, {"batch_size": "2"}, {"total_cpu_time (ms)": 1500}]\n');
    const lines = report(analyseFile(path), path);
    expect(lines).to.include("runs read: 2 on the fast path, 1 by the tolerant parser");
    expect(lines).to.include("values coerced: 2");
    expect(lines).to.include("  batch_size: number from string: 1 (Experiment1 1; e.g. \"2\")");
    expect(lines).to.include("  total_cpu_time: converted from ms: 1 (Experiment1 1; e.g. 1500)");
  });

  it("is printed by the command with --verbose", () => {
    const out: string[] = [];
    const code = main(["--data", "data/All Experiments.txt", "--out", join(dir, "out"), "--verbose"], (line) => out.push(line), () => undefined);
    expect(code).to.equal(0);
    expect(out).to.include("runs read: 3410 on the fast path, 0 by the tolerant parser");
  });
});

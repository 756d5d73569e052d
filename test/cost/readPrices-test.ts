import {expect} from "chai";
import {execFileSync} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pricePresets, readPrices, UnknownPreset} from "../../src/cost";

describe("readPrices(spec)", () => {
  const dir = mkdtempSync(join(tmpdir(), "prices "));

  it("lists the bundled presets", () => {
    expect(pricePresets()).to.deep.equal(["ec2-m7g-4xlarge", "ec2-r6i-4xlarge", "fargate-arm64", "fargate-x86", "lambda-arm64", "lambda-x86", "seed"]);
  });
  it("reads every preset, and each AWS one says its region, date, source and that it was not fetched live", () => {
    for (const name of pricePresets()) {
      const prices = readPrices(name);
      if (prices.model === "seed") continue;
      expect(prices.region, name).to.equal("us-east-1");
      expect(prices.date, name).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(prices.source, name).to.match(/^https:\/\/aws\.amazon\.com\//);
      expect(prices.note, name).to.include(`list price as known on ${prices.date}`).and.include("not fetched live");
    }
  });
  it("has the seed's lookup as the seed preset", () => {
    expect(readPrices("seed")).to.deep.include({model: "seed", perRun: {"25MB": 0.16, "50MB": 0.2, "75MB": 0.3, "100MB": 0.38}});
  });
  it("reads a price file by its path", () => {
    const file = join(dir, "mine.json");
    writeFileSync(file, readFileSync("prices/lambda-x86.json"));
    expect(readPrices(file)).to.deep.equal(readPrices("lambda-x86"));
  });
  it("says which file is missing, is a folder or is bad", () => {
    expect(() => readPrices(join(dir, "none.json"))).to.throw(`${join(dir, "none.json")}: no such file`);
    expect(() => readPrices(dir + "/")).to.throw(`${dir}/: is a folder, not a price file`);
    writeFileSync(join(dir, "bad.json"), '{"model": "lambda"}');
    expect(() => readPrices(join(dir, "bad.json"))).to.throw(`${join(dir, "bad.json")}: architecture: missing`);
  });
  it("throws UnknownPreset for a name that is neither a preset nor a file, listing the presets", () => {
    expect(() => readPrices("lambda")).to.throw(UnknownPreset, /^unknown price preset: lambda \(presets: ec2-m7g-4xlarge, .*seed; or give a price file's path\)$/);
  });
});

describe("readPrices(spec) on hostile input", () => {
  const dir = mkdtempSync(join(tmpdir(), "prices hostile "));
  it("refuses at once what is not a regular file: a device that never ends, a FIFO no one writes to", () => {
    expect(() => readPrices("/dev/zero")).to.throw("/dev/zero: not a regular file (a device)");
    const fifo = join(dir, "prices.json");
    execFileSync("mkfifo", [fifo]);
    expect(() => readPrices(fifo)).to.throw(`${fifo}: not a regular file (a FIFO)`);
  });
  it("stops reading a file past 1 MiB", () => {
    writeFileSync(join(dir, "huge.json"), " ".repeat(2 << 20));
    expect(() => readPrices(join(dir, "huge.json"))).to.throw("huge.json: too large for a price file (over 1 MiB)");
  });
  it("refuses bytes that are not UTF-8 rather than replacing them", () => {
    writeFileSync(join(dir, "latin1.json"), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(() => readPrices(join(dir, "latin1.json"))).to.throw("latin1.json: not UTF-8 text");
  });
  it("reads an empty file as bad JSON, not as no prices", () => {
    writeFileSync(join(dir, "empty.json"), "");
    expect(() => readPrices(join(dir, "empty.json"))).to.throw(/empty\.json: not JSON: /);
  });
});

import {expect} from "chai";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {writeOutputs} from "../../src/cli/writeOutputs";

describe("writeOutputs(out, files)", () => {
  const fresh = () => join(mkdtempSync(join(tmpdir(), "out ")), "results");

  it("creates the folder with exactly the given files, parents included", () => {
    const out = join(fresh(), "deeper");
    writeOutputs(out, {"a.csv": "1\n", "sub/b.md": "x", "manifest.json": "{}"});
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "manifest.json", "sub"]);
    expect(readFileSync(join(out, "sub", "b.md"), "utf8")).to.equal("x");
  });
  it("replaces its own folder as a whole but keeps what the bench and the notebooks wrote there", () => {
    const out = fresh();
    writeOutputs(out, {"a.csv": "1\n", "old.md": "gone soon", "manifest.json": "{}"});
    writeFileSync(join(out, "bench.md"), "bench");
    mkdirSync(join(out, "notebooks"));
    writeFileSync(join(out, "notebooks", "01.html"), "<html>");
    writeOutputs(out, {"a.csv": "2\n", "manifest.json": "{}"});
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "bench.md", "manifest.json", "notebooks"]);
    expect(readFileSync(join(out, "notebooks", "01.html"), "utf8")).to.equal("<html>");
  });
  it("accepts a folder holding only the bench's and notebooks' outputs", () => {
    const out = fresh();
    mkdirSync(out);
    writeFileSync(join(out, "bench.md"), "bench");
    writeOutputs(out, {"a.csv": "1\n", "manifest.json": "{}"});
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "bench.md", "manifest.json"]);
  });
  it("refuses a folder with anything else in it and no manifest, touching nothing", () => {
    const out = fresh();
    mkdirSync(out);
    writeFileSync(join(out, "bench.md"), "bench");
    writeFileSync(join(out, "thesis.tex"), "precious");
    expect(() => writeOutputs(out, {"a.csv": "1\n"})).to.throw(`refusing to replace ${out}: not an output folder of this tool (no manifest.json)`);
    expect(readdirSync(out).sort()).to.deep.equal(["bench.md", "thesis.tex"]);
  });
  it("leaves the earlier folder, companions included, as it was when writing fails", () => {
    const out = fresh();
    writeOutputs(out, {"a.csv": "1\n", "manifest.json": "{}"});
    writeFileSync(join(out, "bench.md"), "bench");
    expect(() => writeOutputs(out, {"a.csv": "2\n", "a.csv/oops": "a file cannot be a folder"})).to.throw();
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "bench.md", "manifest.json"]);
    expect(readFileSync(join(out, "a.csv"), "utf8")).to.equal("1\n");
    expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
  });
});

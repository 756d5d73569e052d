import {expect} from "chai";
import {spawnSync} from "node:child_process";
import * as fs from "node:fs";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {OutputError} from "../../src/cli/outputError";
import {recoverLeftovers} from "../../src/cli/recoverLeftovers";
import {writeOutputs} from "../../src/cli/writeOutputs";

const fresh = () => join(mkdtempSync(join(tmpdir(), "out ")), "results");
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
const child = (out: string, content: string, killAt = "") =>
  spawnSync(process.execPath, ["--require", "tsx/cjs", "test/cli/helpers/writeChild.ts", out, content, killAt], {encoding: "utf8"});

/** The real file system, but the named call fails with `code` when `when` says so. */
function failing(call: "mkdirSync" | "writeFileSync" | "renameSync", code: string, when: (...args: unknown[]) => boolean = () => true) {
  return {
    ...fs,
    [call]: (...args: unknown[]) => {
      if (when(...args)) throw Object.assign(new Error(`${code}: injected`), {code});
      return (fs[call] as (...a: unknown[]) => unknown)(...args);
    },
  };
}

describe("writeOutputs(out, files)", () => {
  it("creates the folder with exactly the given files and a manifest naming the tool, its format and every file", () => {
    const out = join(fresh(), "deeper");
    writeOutputs(out, {"a.csv": "1\n", "sub/b.md": "x"}, {record: {data: "d.txt"}});
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "manifest.json", "sub"]);
    expect(readFileSync(join(out, "sub", "b.md"), "utf8")).to.equal("x");
    expect(manifestOf(out)).to.deep.equal({generator: "bench-analysis", format: 1, data: "d.txt", files: ["a.csv", "manifest.json", "sub/b.md"]});
    expect(readdirSync(join(out, ".."))).to.deep.equal(["deeper"]);
  });
  it("replaces its own folder: files of the old manifest go, what the bench and the notebooks wrote stays", () => {
    const out = fresh();
    writeOutputs(out, {"a.csv": "1\n", "old.md": "gone soon"});
    writeFileSync(join(out, "bench.md"), "bench");
    mkdirSync(join(out, "notebooks"));
    writeFileSync(join(out, "notebooks", "01.html"), "<html>");
    writeOutputs(out, {"a.csv": "2\n"});
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "bench.md", "manifest.json", "notebooks"]);
    expect(readFileSync(join(out, "notebooks", "01.html"), "utf8")).to.equal("<html>");
    expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
  });
  it("accepts a folder holding only the bench's and notebooks' outputs", () => {
    const out = fresh();
    mkdirSync(out);
    writeFileSync(join(out, "bench.md"), "bench");
    writeOutputs(out, {"a.csv": "1\n"});
    expect(readdirSync(out).sort()).to.deep.equal(["a.csv", "bench.md", "manifest.json"]);
  });

  const refusals: [string, (out: string) => void, string][] = [
    ["anything else and no manifest", (out) => (mkdirSync(out), writeFileSync(join(out, "bench.md"), "bench"), writeFileSync(join(out, "thesis.tex"), "precious")), "thesis.tex was not written by this tool (there is no manifest.json)"],
    ["a web app's manifest.json", (out) => (mkdirSync(join(out, "src"), {recursive: true}), writeFileSync(join(out, "manifest.json"), '{"name":"pwa"}'), writeFileSync(join(out, "index.html"), "")), 'manifest.json was not written by bench-analysis (no "generator": "bench-analysis")'],
    ["a file its manifest does not list", (out) => (writeOutputs(out, {"a.csv": "1"}), writeFileSync(join(out, "my.txt"), "notes")), "my.txt was not written by this tool (manifest.json does not list it)"],
    ["a user's file in a listed subfolder", (out) => (writeOutputs(out, {"sub/a.csv": "1"}), writeFileSync(join(out, "sub", "mine.txt"), "notes")), "sub/mine.txt was not written by this tool (manifest.json does not list it)"],
    ["a folder where it wrote a file", (out) => (writeOutputs(out, {"a.csv": "1"}), fs.unlinkSync(join(out, "a.csv")), mkdirSync(join(out, "a.csv"))), "a.csv was not written by this tool (manifest.json does not list it)"],
    ["a manifest of a newer format", (out) => (mkdirSync(out), writeFileSync(join(out, "manifest.json"), '{"generator":"bench-analysis","format":2,"files":["manifest.json"]}')), "manifest.json has format 2, this version reads 1"],
  ];
  for (const [what, setUp, problem] of refusals) {
    it(`refuses a folder with ${what}, naming it, touching nothing`, () => {
      const out = fresh();
      setUp(out);
      const before = listing(out);
      expect(() => writeOutputs(out, {"a.csv": "2"})).to.throw(`refusing to replace ${out}: ${problem}`);
      expect(listing(out)).to.deep.equal(before);
      expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
    });
  }

  it("writes through a symbolic link: the target is replaced, the link stays a link", () => {
    const out = fresh(), real = join(out, "..", "real");
    writeOutputs(real, {"a.csv": "1", "old.md": "x"});
    symlinkSync(real, out);
    writeOutputs(out, {"a.csv": "2"});
    expect(fs.lstatSync(out).isSymbolicLink()).to.equal(true);
    expect(readdirSync(real).sort()).to.deep.equal(["a.csv", "manifest.json"]);
    expect(readFileSync(join(out, "a.csv"), "utf8")).to.equal("2");
  });

  const faults: [string, ReturnType<typeof failing>, string][] = [
    ["the disk is full", failing("writeFileSync", "ENOSPC", (path) => String(path).endsWith("b.md")), "no space left on the device (ENOSPC)"],
    ["the file system is read-only", failing("mkdirSync", "EROFS"), "read-only file system (EROFS)"],
    ["the folder is a mount point", failing("renameSync", "EBUSY", (from) => String(from).endsWith("results")), "the folder is in use or a mount point (EBUSY)"],
    ["another run put a folder in place", failing("renameSync", "ENOTEMPTY", (from) => String(from).includes(".tmp-")), "another run replaced it at the same time (ENOTEMPTY)"],
  ];
  for (const [what, faulty, problem] of faults) {
    it(`says in one line, and leaves the old folder as it was, when ${what}`, () => {
      const out = fresh();
      writeOutputs(out, {"a.csv": "1", "b.md": "1"});
      writeFileSync(join(out, "bench.md"), "bench");
      const before = listing(out);
      let error: unknown;
      try {
        writeOutputs(out, {"a.csv": "2", "b.md": "2"}, {fs: faulty});
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(OutputError);
      expect((error as Error).message).to.equal(`cannot write ${out}: ${problem}`);
      expect(listing(out)).to.deep.equal(before);
      expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
    });
  }

  const steps = ["temp", "claimed", "file a.csv", "file b.md", "written", "old moved", "new placed", "companions moved", "done"];
  for (const [i, step] of steps.entries()) {
    it(`leaves the old or the new results when killed at "${step}", and the next run finishes or undoes the swap`, function () {
      this.timeout(20_000);
      const out = fresh();
      writeOutputs(out, {"a.csv": "old", "b.md": "old", "c.md": "old"});
      writeFileSync(join(out, "bench.md"), "bench");
      const killed = child(out, "new", step);
      expect(killed.signal).to.equal("SIGKILL");
      const kept = i < steps.indexOf("new placed") ? "old" : "new";
      if (step === "old moved") expect(existsSync(out)).to.equal(false);
      else expect(readFileSync(join(out, "a.csv"), "utf8")).to.equal(kept);
      const lines = recoverLeftovers(out, out);
      expect(lines.length).to.equal(step === "done" ? 0 : step === "old moved" ? 2 : 1);
      expect(readFileSync(join(out, "a.csv"), "utf8")).to.equal(kept);
      expect(readFileSync(join(out, "bench.md"), "utf8")).to.equal("bench");
      expect(readdirSync(out).sort()).to.deep.equal(kept === "old" ? ["a.csv", "b.md", "bench.md", "c.md", "manifest.json"] : ["a.csv", "b.md", "bench.md", "manifest.json"]);
      expect(readdirSync(join(out, "..")).filter((name) => name !== ".results.lock")).to.deep.equal(["results"]);
      writeOutputs(out, {"a.csv": "next"});
      expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
    });
  }

  it("is not blocked by a lock, or a half-taken one, left by a process that is gone, and removes them", () => {
    const out = fresh();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeOutputs(out, {"a.csv": "old"});
    writeFileSync(join(out, "..", ".results.lock"), String(dead));
    writeFileSync(join(out, "..", `.results.lock-${dead}`), String(dead));
    writeOutputs(out, {"a.csv": "new"});
    expect(readFileSync(join(out, "a.csv"), "utf8")).to.equal("new");
    expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
  });
  it("refuses a second run while one is writing the same folder, in one line, and the first completes", function () {
    this.timeout(20_000);
    const out = fresh();
    writeOutputs(out, {"a.csv": "old"});
    let second: ReturnType<typeof child> | undefined;
    writeOutputs(out, {"a.csv": "first"}, {step: (step) => step === "written" && (second = child(out, "second"))});
    expect(second!.status).to.equal(3);
    expect(second!.stderr).to.equal(`cannot write ${out}: another run (pid ${process.pid}) is writing it\n`);
    expect(readFileSync(join(out, "a.csv"), "utf8")).to.equal("first");
    expect(readdirSync(join(out, ".."))).to.deep.equal(["results"]);
  });
});

/** Every path under a folder with its content, to compare before and after. */
function listing(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .map((d) => join(d.parentPath, d.name))
    .map((p) => `${p.slice(dir.length)}${fs.statSync(p).isFile() ? `=${readFileSync(p, "utf8")}` : "/"}`)
    .sort();
}

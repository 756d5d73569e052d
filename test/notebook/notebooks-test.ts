import {expect} from "chai";
import {spawnSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {analyseFile} from "../../src/analyse";
import {manifest, type Manifest} from "../../src/changes";
import {DATA_MANIFEST, sameData} from "../../src/notebook/notebookChanges";
import {NOTEBOOK_LIST, projectNotebooks} from "../../scripts/notebooks";

interface Cell {
  cell_type: "markdown" | "code";
  metadata: {tags?: string[]};
  source: string | string[];
  execution_count?: number | null;
  outputs?: {output_type: string; name?: string; text?: string | string[]}[];
}

const root = resolve(__dirname, "../..");
const folder = join(root, "notebooks");
// The project's own notebooks: a scratch notebook saved beside them is the user's business, not a failure.
const {project: names} = projectNotebooks(JSON.parse(readFileSync(join(folder, NOTEBOOK_LIST), "utf8")) as string[], readdirSync(folder));
const notebook = (name: string) => JSON.parse(readFileSync(join(folder, name), "utf8")) as {metadata: {kernelspec: {name: string}}; cells: Cell[]};
const text = (source: string | string[] | undefined) => (Array.isArray(source) ? source.join("") : source ?? "");

// The committed notebooks as house style item 11 has them; `npm run notebooks -- --check` compares their outputs with a fresh run.
describe(`notebooks/*.ipynb as committed (those in notebooks/${NOTEBOOK_LIST})`, () => {
  it("are the seven steps of the analysis, in order", () => {
    expect(names).to.deep.equal(["01-load-and-clean.ipynb", "02-experiment-summary.ipynb", "03-charts.ipynb", "04-partition-cost.ipynb", "05-data-quality.ipynb", "06-batch-workflow.ipynb", "07-compare.ipynb"]);
  });
  it(`are every notebook committed in notebooks/, so ${NOTEBOOK_LIST} forgets none`, function () {
    const tracked = spawnSync("git", ["ls-files", "-z", "--", "*.ipynb"], {cwd: folder, encoding: "utf8"});
    if (/not a git repository/.test(tracked.stderr)) return this.skip(); // an unpacked archive: nothing committed to compare with
    expect(tracked.status, tracked.stderr).to.equal(0);
    expect(tracked.stdout.split("\0").filter(Boolean).sort()).to.deep.equal([...names].sort());
  });
  it("leave Jupyter's checkpoint folders out of git", function () {
    const paths = [".ipynb_checkpoints/01-load-and-clean-checkpoint.ipynb", "scratch/.ipynb_checkpoints/Untitled-checkpoint.ipynb"];
    const ignored = spawnSync("git", ["check-ignore", ...paths], {cwd: folder, encoding: "utf8"});
    if (/not a git repository/.test(ignored.stderr)) return this.skip(); // an unpacked archive: no git to ask
    expect(ignored.stdout.split("\n").filter(Boolean)).to.deep.equal(paths);
  });
  for (const name of names) {
    describe(name, () => {
      const {metadata, cells} = notebook(name);
      const code = cells.filter((cell) => cell.cell_type === "code");
      it("run on tslab, open with a markdown title and the question, then the imports from the built library", () => {
        expect(metadata.kernelspec.name).to.equal("tslab");
        expect(cells[0].cell_type).to.equal("markdown");
        expect(text(cells[0].source)).to.match(new RegExp(`^# ${name.slice(0, 2)} · [^\\n]+\\n[\\s\\S]*\\?`));
        expect(cells[1].cell_type).to.equal("code");
        const imports = text(cells[1].source).split("\n");
        for (const line of imports) expect(line).to.match(/^import .* from "(\.\.\/dist(\/workflow)?|nodejs-polars)";$/);
      });
      it("have one cell tagged parameters, and read the bundled data by default unless they read none", () => {
        const parameters = cells.filter((cell) => cell.metadata.tags?.includes("parameters"));
        expect(parameters).to.have.length(1);
        const usesData = code.some((cell) => /\bdataPath\b/.test(text(cell.source)));
        if (usesData) expect(text(parameters[0].source)).to.equal(`const dataPath = "../data/All Experiments.txt";`);
      });
      it("keep code cells short, with markdown between them", () => {
        for (const cell of code) expect(text(cell.source).split("\n").length, text(cell.source)).to.be.at.most(10);
        expect(cells.filter((cell) => cell.cell_type === "markdown").length).to.be.at.least(code.length / 2);
      });
      it("are committed executed top to bottom, without errors, stderr or absolute paths", () => {
        expect(code.map((cell) => cell.execution_count)).to.deep.equal(code.map((_, i) => i + 1));
        for (const cell of code) {
          for (const output of cell.outputs ?? []) {
            expect(output.output_type, text(cell.source)).to.not.equal("error");
            expect(output.name, text(cell.source)).to.not.equal("stderr");
          }
        }
        expect(JSON.stringify(cells)).to.not.include(root);
      });
    });
  }
  it("02 states that every number of the seed's table matches", () => {
    const outputs = notebook("02-experiment-summary.ipynb").cells.flatMap((cell) => cell.outputs ?? []);
    expect(outputs.map((output) => text(output.text))).to.include("all 110 numbers match the seed's table; the 22 data prefixes and 22 file limits match\n");
  });
  it(`${DATA_MANIFEST} records the bundled data, which the committed notebooks show`, () => {
    const recorded = JSON.parse(readFileSync(join(folder, DATA_MANIFEST), "utf8")) as Manifest;
    const data = "../data/All Experiments.txt";
    expect(sameData(recorded, manifest(analyseFile(resolve(folder, data)), data, []))).to.equal(true);
    expect(JSON.stringify(recorded)).to.not.include(root);
  });
});

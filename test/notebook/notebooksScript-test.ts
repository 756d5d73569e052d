import {expect} from "chai";
import {resolve} from "node:path";
import {defaultData, job, kernelSpec, projectNotebooks} from "../../scripts/notebooks";

const root = resolve(__dirname, "../..");
const names = ["00-probe.ipynb", "01-load-and-clean.ipynb", "02-experiment-summary.ipynb"];

describe("scripts/notebooks.ts", () => {
  it("projectNotebooks(listed, files) takes the listed notebooks in their order; scratch notebooks are others, checkpoint folders and other files nothing", () => {
    const files = ["10-b.ipynb", "01-a.ipynb", "Untitled.ipynb", "01-a.html", "08-scratch.ipynb", ".ipynb_checkpoints", "notebooks.json", "data-manifest.json"];
    expect(projectNotebooks(["01-a.ipynb", "10-b.ipynb"], files)).to.deep.equal({project: ["01-a.ipynb", "10-b.ipynb"], others: ["08-scratch.ipynb", "Untitled.ipynb"]});
    expect(() => projectNotebooks(["01-a.ipynb", "02-gone.ipynb"], files)).to.throw("listed in notebooks/notebooks.json but not found: 02-gone.ipynb");
  });
  it("job(argv) leaves scratch notebooks alone unless one is named", () => {
    expect(job([], root, names, ["08-scratch.ipynb"]).notebooks).to.deep.equal(names.map((n) => `notebooks/${n}`));
    expect(job(["08"], root, names, ["08-scratch.ipynb"]).notebooks).to.deep.equal(["notebooks/08-scratch.ipynb"]);
    expect(job(["notebooks/Untitled"], root, names, ["Untitled.ipynb"]).notebooks).to.deep.equal(["notebooks/Untitled.ipynb"]);
  });
  it("job(argv) runs every notebook in place on the bundled data by default", () => {
    expect(job([], root, names)).to.deep.include({mode: "run", data: null, notebooks: names.map((n) => `notebooks/${n}`), timeout: 120, jobs: 2, register: false});
  });
  it("job(argv) passes --data relative to the notebooks' folder, so no absolute path reaches an output", () => {
    expect(job(["--data", "data/All Experiments.txt"], root, names).data).to.equal("../data/All Experiments.txt");
    expect(job(["--data", "All Experiments.txt"], resolve(root, "data"), names).data).to.equal("../data/All Experiments.txt");
  });
  it("job(argv) selects notebooks by name prefix", () => {
    expect(job(["01", "notebooks/02-experiment"], root, names).notebooks).to.deep.equal(["notebooks/01-load-and-clean.ipynb", "notebooks/02-experiment-summary.ipynb"]);
  });
  it("job(argv) rejects a missing data file, --check with --data, a bad timeout and an unmatched name", () => {
    expect(() => job(["--data", "nope.txt"], root, names)).to.throw("data file not found: nope.txt");
    expect(() => job(["--check", "--data", "data/All Experiments.txt"], root, names)).to.throw("--check runs on the bundled data: drop --data");
    expect(() => job(["--timeout", "0"], root, names)).to.throw("invalid timeout: 0");
    expect(() => job(["42"], root, names)).to.throw("no notebook matches: 42");
    expect(() => job(["--jobs", "0"], root, names)).to.throw("invalid jobs: 0");
    expect(() => job(["--jobs", "1.5"], root, names)).to.throw("invalid jobs: 1.5");
  });
  it("job(argv) executes --jobs notebooks at once", () => {
    expect(job(["--jobs", "1"], root, names).jobs).to.equal(1);
  });
  it("defaultData(notebooks) is the dataPath their parameters cells declare, if any, and must agree", () => {
    const notebook = (source: string | string[], tags = ["parameters"]) => JSON.stringify({cells: [{cell_type: "code", metadata: {tags}, source}]});
    expect(defaultData([notebook(["const dataPath = \"../data/All Experiments.txt\";\n"]), notebook("const jobCount = 240;")])).to.equal("../data/All Experiments.txt");
    expect(defaultData([notebook('const dataPath = "a\\"b.txt";', [])])).to.equal(null);
    expect(defaultData([notebook('const dataPath = "a\\"b.txt";')])).to.equal('a"b.txt');
    expect(() => defaultData([notebook('const dataPath = "a.txt";'), notebook('let dataPath = "b.txt";')])).to.throw("notebooks disagree on the default dataPath: a.txt, b.txt");
  });
});

describe("kernelSpec(root, node)", () => {
  it("starts the project's kernel with the given Node, under the name the notebooks' metadata gives", () => {
    expect(kernelSpec("/clone", "/usr/bin/node")).to.deep.equal({
      argv: ["/usr/bin/node", "/clone/dist/kernel/main.js", "--config-path", "{connection_file}"],
      display_name: "TypeScript",
      language: "typescript",
      interrupt_mode: "signal"
    });
  });
});

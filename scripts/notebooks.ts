/**
 * npm run notebooks [-- --data <file>] [-- --check] [-- --verify] [-- --register] [-- --timeout <s>] [-- --jobs <n>] [-- <name>...]
 *
 * Registers the tslab kernel in .jupyter/ (project-local), then executes the project's notebooks, listed in
 * run order in notebooks/notebooks.json, on it with nbclient; other notebooks in the folder (scratch work)
 * run only when named. By default it writes them back in place with their outputs and exports each to
 * results/notebooks/NN-*.html; with --data, runs them against another results file and writes both the
 * notebooks and the HTML to results/notebooks/, leaving the committed notebooks alone; with --check,
 * executes into a temporary copy and fails when a committed notebook differs from the fresh execution or
 * holds an error output (the HTML is still exported, from the fresh copy); with --verify, opens each
 * exported HTML file in headless Chromium, offline, and fails unless its images show. --jobs (2 by default)
 * executes that many notebooks at once, each on its own kernel; results are still taken in order.
 *
 * The data the committed notebooks show is recorded in notebooks/data-manifest.json: after a successful
 * run in place whose data differs from it, the old record becomes notebooks/previous-manifest.json and the
 * new one is written. Notebook 02 reports what changed since the previous record, or, on other data, since
 * the recorded one (src/notebook/notebookChanges.ts), so a re-run on the same data changes nothing. --data
 * and --check runs never touch the records.
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {delimiter, join, relative, resolve, sep} from "node:path";
import {pathToFileURL} from "node:url";
import {parseArgs} from "node:util";
import {analyseFile} from "../src/analyse";
import {manifest} from "../src/changes";
import {DATA_MANIFEST, PREVIOUS_MANIFEST, recordNotebookData} from "../src/notebook/notebookChanges";

const root = resolve(__dirname, "..");
const notebooksDir = join(root, "notebooks");
// Debian's python3 has the apt Jupyter packages; a pyenv or venv python3 earlier on PATH may not.
const python = process.env.NOTEBOOKS_PYTHON ?? "/usr/bin/python3";

export interface Job {
  root: string;
  mode: "run" | "check";
  notebooks: string[];
  data: string | null;
  out: string;
  html: string;
  scratch: string;
  timeout: number;
  jobs: number;
}

/** The job for scripts/notebooks.py from the command line; data becomes relative to notebooks/. */
export function job(argv: string[], cwd: string, names: string[], others: string[] = []): Job & {register: boolean; verify: boolean} {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: {type: "string"},
      check: {type: "boolean", default: false},
      register: {type: "boolean", default: false},
      verify: {type: "boolean", default: false},
      timeout: {type: "string", default: "120"},
      jobs: {type: "string", default: "2"}
    }
  });
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error(`invalid timeout: ${values.timeout}`);
  const jobs = Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1)) throw new Error(`invalid jobs: ${values.jobs}`);
  if (values.check && values.data !== undefined) throw new Error("--check runs on the bundled data: drop --data");
  let data: string | null = null;
  if (values.data !== undefined) {
    const file = resolve(cwd, values.data);
    if (!existsSync(file)) throw new Error(`data file not found: ${values.data}`);
    data = relative(notebooksDir, file).split(sep).join("/");
  }
  const selected = positionals.length === 0 ? names : [...names, ...others].filter((name) => positionals.some((p) => name.startsWith(p.replace(/^notebooks\//, ""))));
  if (selected.length === 0 && positionals.length > 0) throw new Error(`no notebook matches: ${positionals.join(" ")}`);
  return {
    root,
    mode: values.check ? "check" : "run",
    notebooks: selected.map((name) => `notebooks/${name}`),
    data,
    out: "results/notebooks",
    html: "results/notebooks",
    scratch: "",
    timeout,
    jobs,
    register: values.register,
    verify: values.verify
  };
}

/**
 * The project's notebooks as `listed` (notebooks/notebooks.json, in run order), each of which must be among
 * `files`, and the other notebooks among them: scratch work, which runs and tests leave alone.
 */
export function projectNotebooks(listed: string[], files: string[]): {project: string[]; others: string[]} {
  const missing = listed.filter((name) => !files.includes(name));
  if (missing.length > 0) throw new Error(`listed in notebooks/${NOTEBOOK_LIST} but not found: ${missing.join(", ")}`);
  return {project: listed, others: files.filter((file) => file.endsWith(".ipynb") && !listed.includes(file)).sort()};
}

/** The list of the project's notebooks in notebooks/ (notebooks/notebooks.json). */
export const NOTEBOOK_LIST = "notebooks.json";

function listedNotebooks() {
  return projectNotebooks(JSON.parse(readFileSync(join(notebooksDir, NOTEBOOK_LIST), "utf8")) as string[], readdirSync(notebooksDir));
}

async function main() {
  const env = jupyterEnv();
  const {project, others} = listedNotebooks();
  const options = job(process.argv.slice(2), process.cwd(), project, others);
  register(env);
  if (options.register) {
    console.log(`kernel tslab registered in .jupyter/ (node dist/kernel/main.js); open the notebooks with:\n  JUPYTER_PATH=${env.JUPYTER_PATH} jupyter lab notebooks/`);
    return 0;
  }
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/index.js missing: run npm run build");
  if (options.notebooks.length === 0) throw new Error(`no notebooks: notebooks/${NOTEBOOK_LIST}`);
  const skipped = others.filter((name) => !options.notebooks.includes(`notebooks/${name}`));
  if (skipped.length > 0) console.error(`left alone, not in notebooks/${NOTEBOOK_LIST} (name one to run it): ${skipped.join(", ")}`);
  const {register: _register, verify, ...rest} = options;
  const scratch = options.mode === "check" ? mkdtempSync(join(tmpdir(), "notebooks-check-")) : "";
  const started = performance.now();
  const result = spawnSync(python, [join(root, "scripts", "notebooks.py"), JSON.stringify({...rest, scratch})], {env, stdio: "inherit"});
  if (result.error) throw new Error(`cannot run ${python}: ${result.error.message}`, {cause: result.error});
  if (result.status === 0) console.error(`${options.notebooks.length} notebooks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.status === 0 && scratch) rmSync(scratch, {recursive: true});
  if (result.status === 0 && options.mode === "run" && options.data === null) recordData();
  if (result.status !== 0 || !verify) return result.status ?? 1;
  const html = options.notebooks.map((path) => join(root, options.html, path.replace(/^notebooks\//, "").replace(/\.ipynb$/, ".html")));
  return (await verifyHtml(html)) ? 0 : 1;
}

// The notebooks' own default, from their parameters cells, is the data an in-place run showed.
function recordData() {
  const data = defaultData(listedNotebooks().project.map((name) => readFileSync(join(notebooksDir, name), "utf8")));
  if (data === null) return;
  const current = manifest(analyseFile(resolve(notebooksDir, data)), data, []);
  const done = recordNotebookData(current, notebooksDir);
  if (done === "recorded") console.error(`notebooks/${DATA_MANIFEST}: recorded the data the notebooks show`);
  if (done === "replaced") console.error(`notebooks/${DATA_MANIFEST}: recorded the new data; the one it replaced is now notebooks/${PREVIOUS_MANIFEST}`);
}

/** The dataPath that the notebooks' parameters cells declare, or null if none does; they must agree. */
export function defaultData(notebooks: string[]): string | null {
  const paths = new Set<string>();
  for (const text of notebooks) {
    const cells = (JSON.parse(text) as {cells: {cell_type: string; metadata?: {tags?: string[]}; source: string | string[]}[]}).cells;
    for (const cell of cells) {
      if (!cell.metadata?.tags?.includes("parameters")) continue;
      const source = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
      const match = /\b(?:const|let|var)\s+dataPath\s*=\s*("(?:[^"\\]|\\.)*")/.exec(source);
      if (match) paths.add(JSON.parse(match[1]) as string);
    }
  }
  if (paths.size > 1) throw new Error(`notebooks disagree on the default dataPath: ${[...paths].join(", ")}`);
  return paths.size === 1 ? [...paths][0] : null;
}

// Opens the exports offline, as a reader without network would: every image (SVG charts, PNG fallbacks of
// plotly figures) must have loaded with a size, and no output may be an error.
export async function verifyHtml(files: string[]): Promise<boolean> {
  const {chromium}: typeof import("playwright-core") = require("playwright-core");
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium"});
  let ok = true;
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.route("**/*", (route) => (/^(file|data):/.test(route.request().url()) ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(file).href, {waitUntil: "load"});
      const {tables, images, hidden, errors} = (await page.evaluate(inspectPage)) as Inspection;
      await page.close();
      const name = relative(root, file);
      if (hidden.length > 0 || errors > 0) {
        ok = false;
        console.error(`${name}: ${hidden.length} of ${images} images not shown (${hidden.join(", ")}), ${errors} error outputs`);
      } else {
        console.error(`${name}: ${tables} tables, ${images} images shown`);
      }
    }
  } finally {
    await browser.close();
  }
  return ok;
}

// Kernel specs, runtime files and config stay in .jupyter/, so no user or system Jupyter state is read or
// written; TZ and the locale are pinned because outputs are committed.
function jupyterEnv(): NodeJS.ProcessEnv {
  const local = join(root, ".jupyter");
  return {
    ...process.env,
    PATH: [join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter),
    JUPYTER_PATH: join(local, "share", "jupyter"),
    JUPYTER_DATA_DIR: join(local, "data"),
    JUPYTER_CONFIG_DIR: join(local, "config"),
    JUPYTER_RUNTIME_DIR: join(local, "runtime"),
    TZ: "UTC",
    LC_ALL: "C.UTF-8"
  };
}

/**
 * The kernel spec of the project's kernel (src/kernel/: tslab's engine behind this project's protocol layer),
 * named "tslab" as the notebooks' metadata says; `node` is this one, so the kernel runs on the same Node.
 */
export function kernelSpec(root: string, node: string) {
  return {
    argv: [node, join(root, "dist", "kernel", "main.js"), "--config-path", "{connection_file}"],
    display_name: "TypeScript",
    language: "typescript",
    interrupt_mode: "signal"
  };
}

function register(env: NodeJS.ProcessEnv) {
  const folder = join(env.JUPYTER_PATH!, "kernels", "tslab");
  mkdirSync(folder, {recursive: true});
  writeFileSync(join(folder, "kernel.json"), JSON.stringify(kernelSpec(root, process.execPath), null, 2) + "\n");
}

interface Inspection {
  tables: number;
  images: number;
  hidden: string[];
  errors: number;
}

// A string, because tsx would wrap a function's inner functions in a helper the page does not have.
const inspectPage = `(() => {
  const outputs = (selector) => [...document.querySelectorAll(".jp-OutputArea-output " + selector)];
  const images = outputs("img");
  return {
    tables: outputs("table").length,
    images: images.length,
    hidden: images.filter((img) => !(img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0)).map((img) => img.src.slice(0, 30)),
    errors: document.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"]').length
  };
})()`;

if (require.main === module) {
  main().then(
    (status) => (process.exitCode = status),
    (error) => {
      console.error((error as Error).message);
      process.exitCode = 1;
    }
  );
}

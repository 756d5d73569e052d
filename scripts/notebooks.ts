/**
 * npm run notebooks [-- --data <file>] [-- --check] [-- --register] [-- --timeout <s>] [-- <name>...]
 *
 * Registers the tslab kernel in .jupyter/ (project-local), then executes notebooks/NN-*.ipynb in order on
 * it with nbclient: by default writes them back in place with their outputs and exports each to
 * results/notebooks/NN-*.html; with --data, runs them against another results file and writes both the
 * notebooks and the HTML to results/notebooks/, leaving the committed notebooks alone; with --check,
 * fails when a committed notebook differs from a fresh execution or holds an error output.
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {delimiter, join, relative, resolve, sep} from "node:path";
import {parseArgs} from "node:util";

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
}

/** The job for scripts/notebooks.py from the command line; data becomes relative to notebooks/. */
export function job(argv: string[], cwd: string, names: string[]): Job & {register: boolean} {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: {type: "string"},
      check: {type: "boolean", default: false},
      register: {type: "boolean", default: false},
      timeout: {type: "string", default: "120"}
    }
  });
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error(`invalid timeout: ${values.timeout}`);
  if (values.check && values.data !== undefined) throw new Error("--check runs on the bundled data: drop --data");
  let data: string | null = null;
  if (values.data !== undefined) {
    const file = resolve(cwd, values.data);
    if (!existsSync(file)) throw new Error(`data file not found: ${values.data}`);
    data = relative(notebooksDir, file).split(sep).join("/");
  }
  const selected = names.filter((name) => positionals.length === 0 || positionals.some((p) => name.startsWith(p.replace(/^notebooks\//, ""))));
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
    register: values.register
  };
}

/** Notebooks in run order: NN-name.ipynb, sorted by name. */
export function notebookNames(files: string[]): string[] {
  return files.filter((file) => /^\d\d-.*\.ipynb$/.test(file)).sort();
}

function main() {
  const env = jupyterEnv();
  const options = job(process.argv.slice(2), process.cwd(), notebookNames(readdirSync(notebooksDir)));
  register(env);
  if (options.register) {
    console.log(`kernel tslab registered in .jupyter/; open the notebooks with:\n  JUPYTER_PATH=${env.JUPYTER_PATH} jupyter lab notebooks/`);
    return 0;
  }
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("dist/index.js missing: run npm run build");
  if (options.notebooks.length === 0) throw new Error("no notebooks: notebooks/NN-*.ipynb");
  const {register: _, ...rest} = options;
  const scratch = options.mode === "check" ? mkdtempSync(join(tmpdir(), "notebooks-check-")) : "";
  const result = spawnSync(python, [join(root, "scripts", "notebooks.py"), JSON.stringify({...rest, scratch})], {env, stdio: "inherit"});
  if (result.error) throw new Error(`cannot run ${python}: ${result.error.message}`, {cause: result.error});
  return result.status ?? 1;
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

function register(env: NodeJS.ProcessEnv) {
  const tslab = join(root, "node_modules", ".bin", "tslab");
  const args = ["install", "--python", python, "--binary", tslab, "--prefix", join(root, ".jupyter")];
  const result = spawnSync(tslab, args, {env, encoding: "utf8"});
  if (result.error || result.status !== 0) {
    throw new Error(`tslab install failed: ${result.error?.message ?? result.stderr.trim()}`, {cause: result.error});
  }
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

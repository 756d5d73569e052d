/**
 * The project's Jupyter kernel: tslab's TypeScript engine (its converter and executor, unchanged) behind this
 * folder's protocol layer. Started by the kernel spec `npm run notebooks -- --register` writes:
 * `node dist/kernel/main.js --config-path {connection_file}`.
 */
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {resolve} from "node:path";
import {parseArgs} from "node:util";
import type * as TS from "@tslab/typescript-for-tslab";
import type {Converter} from "tslab/dist/converter";
import type {createExecutor as CreateExecutor} from "tslab/dist/executor";
import {captureConsole} from "./capture";
import {createKernel} from "./createKernel";
import {serve, type Connection} from "./serve";

async function main() {
  const {values} = parseArgs({options: {"config-path": {type: "string"}}});
  const path = values["config-path"];
  if (path === undefined) throw new Error("usage: main.js --config-path <connection file>");
  const connection = JSON.parse(readFileSync(path, "utf8")) as Connection;
  const stderr = process.stderr.write.bind(process.stderr);
  const log = (line: string) => void stderr(`kernel: ${line}\n`);
  const fromTslab = createRequire(require.resolve("tslab/package.json"));
  const {createConverter} = fromTslab("./dist/converter") as {createConverter: (options: {isJS: boolean; isBrowser: boolean}) => Converter};
  const {createExecutor} = fromTslab("./dist/executor") as {createExecutor: typeof CreateExecutor};
  const converters: {node?: Converter; browser?: Converter} = {};
  const convs = {
    get node() {
      return (converters.node ??= createConverter({isJS: false, isBrowser: false}));
    },
    get browser() {
      return (converters.browser ??= createConverter({isJS: false, isBrowser: true}));
    },
    close: () => Object.values(converters).forEach((converter) => converter.close())
  };
  const ts = fromTslab("@tslab/typescript-for-tslab") as typeof TS;
  onlyNodeTypes(ts);
  const capture = captureConsole();
  const executor = createExecutor(process.cwd(), convs, capture.console);
  let close = () => {};
  let warmed = false;
  const handle = createKernel({
    executor,
    take: capture.take,
    ts,
    tslab: {jupyter: fromTslab("./dist/jupyter"), printQuickInfo: fromTslab("./dist/inspect").printQuickInfo, version: fromTslab("./package.json").version},
    library: resolve(__dirname, ".."),
    kernel: __dirname,
    log,
    // The TypeScript program (1-3 s) is made once the front end has connected, so that the kernel shows as
    // ready at once and the first cell finds it made; a cell sent sooner makes it on the spot.
    warm: () => {
      if (!warmed) warmUp(convs.node, resolve(__dirname, ".."));
      warmed = true;
    },
    exit: () => {
      // After the reply has gone out.
      setTimeout(() => {
        close();
        executor.close();
        process.exit(0);
      }, 100);
    }
  });
  process.on("SIGINT", () => executor.interrupt());
  // As tslab does: a callback that throws after its cell has finished reports to the last cell, not kill the kernel.
  process.on("uncaughtException", (error) => console.error("Uncaught", error));
  process.on("unhandledRejection", (reason) => console.error("Unhandled promise rejection:", reason));
  close = await serve(connection, handle, log);
}

// The library's declarations (and polars' and Plot's, which they name) parsed before the notebook's import cell
// asks for them: the program keeps the parsed files, so that cell compiles in a fraction of the time.
function warmUp(converter: Converter, library: string) {
  converter.convert("", `import type * as library from ${JSON.stringify(library)};`);
}

// Cells see the global types of @types/node only: with every package under node_modules/@types (mocha, chai,
// jsdom: the project's dev types) the program took ~0.5 s longer to make, and `describe` type-checked in a notebook.
// A package a cell imports still finds its types, by module resolution.
function onlyNodeTypes(ts: typeof TS) {
  const getDirectories = ts.sys.getDirectories;
  ts.sys.getDirectories = (path) => (/[\\/]node_modules[\\/]@types$/.test(path) ? getDirectories(path).filter((name) => name === "node") : getDirectories(path));
}

main().catch((error) => {
  process.stderr.write(`kernel: ${(error as Error).message}\n`);
  process.exit(1);
});

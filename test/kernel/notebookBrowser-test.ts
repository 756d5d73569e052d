import {expect} from "chai";
import {spawn, type ChildProcess} from "node:child_process";
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {basename, join, resolve} from "node:path";
import type {Browser, Page} from "playwright-core";
import {kernelSpec} from "../../scripts/notebooks";

const root = resolve(__dirname, "../..");
const token = "browser-test";

// 03-charts in the classic Notebook (Debian's jupyter-notebook 6.4, which runs output scripts through jQuery
// without document.currentScript) in headless Chromium with every request but the server's refused: Run All,
// then look at the plotly figures as a reader would.
describe("03-charts in the classic Notebook, offline, in headless Chromium", function () {
  this.timeout(300000);
  let folder: string, server: ChildProcess, port: number, browser: Browser;

  before(async () => {
    // Beside dist/ and data/, so that the notebook's "../dist" and "../data" resolve as in notebooks/.
    folder = mkdtempSync(join(root, "notebook-test-"));
    const jupyter = join(folder, ".jupyter");
    mkdirSync(join(jupyter, "share", "kernels", "tslab"), {recursive: true});
    writeFileSync(join(jupyter, "share", "kernels", "tslab", "kernel.json"), JSON.stringify(kernelSpec(root, process.execPath)));
    copyFileSync(join(root, "notebooks", "03-charts.ipynb"), join(folder, "cdn.ipynb"));
    const notebook = readFileSync(join(root, "notebooks", "03-charts.ipynb"), "utf8");
    expect(notebook).to.contain("plotlyNotebookMode({connected: true});");
    writeFileSync(join(folder, "offline.ipynb"), notebook.replace("plotlyNotebookMode({connected: true});", "plotlyNotebookMode({connected: false});"));
    port = await freePort();
    server = spawn("/usr/bin/jupyter-notebook", ["--no-browser", "--allow-root", "--ip=127.0.0.1", `--port=${port}`, `--NotebookApp.token=${token}`, `--notebook-dir=${root}`], {
      env: {...process.env, JUPYTER_PATH: join(jupyter, "share"), JUPYTER_CONFIG_DIR: join(jupyter, "config"), JUPYTER_DATA_DIR: join(jupyter, "data"), JUPYTER_RUNTIME_DIR: join(jupyter, "runtime"), TZ: "UTC"},
      stdio: "ignore"
    });
    await waitForServer(port);
    const {chromium}: typeof import("playwright-core") = require("playwright-core");
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
    });
  });

  after(async () => {
    await browser?.close();
    if (port) await shutDownKernels(port).catch(() => undefined);
    server?.kill("SIGTERM");
    if (folder) rmSync(folder, {recursive: true, force: true});
  });

  it("with plotly.js embedded (connected: false), every figure goes live and hover shows a value", async () => {
    const page = await runAll(browser, port, `${basename(folder)}/offline.ipynb`);
    await page.waitForFunction(() => document.querySelectorAll('.bench-plotly[data-state="live"]').length === 5, undefined, {timeout: 60000});
    expect(await page.locator(".bench-plotly-mode").first().textContent()).to.match(/^plotly\.js [\d.]+ embedded in this notebook/);
    expect(await page.locator(".bench-plotly-note").count()).to.equal(0);
    const bar = page.locator('.bench-plotly[data-state="live"]').first().locator(".barlayer .point path").first();
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, {steps: 5});
    const hover = page.locator(".hoverlayer .hovertext").first();
    await hover.waitFor({timeout: 10000});
    expect(await hover.textContent()).to.match(/^Experiment\d+\d+\.\d\d MB\/s\d+ runs$/);
    await page.close();
  });

  it("with plotly.js from the CDN, which does not answer, every figure shows its PNG under a one-line note", async () => {
    const page = await runAll(browser, port, `${basename(folder)}/cdn.ipynb`);
    await page.waitForFunction(() => document.querySelectorAll('.bench-plotly[data-state="static"]').length === 5, undefined, {timeout: 60000});
    const figures = await page.locator(".bench-plotly").evaluateAll((roots) =>
      roots.map((root) => {
        const note = root.querySelector(".bench-plotly-note") as HTMLElement, image = root.querySelector("img")!;
        return {note: note.innerText, noteAbove: note.getBoundingClientRect().bottom <= image.getBoundingClientRect().top, shown: image.naturalWidth > 0 && image.getBoundingClientRect().width > 0};
      })
    );
    const {version} = require("plotly.js-dist-min/package.json");
    expect(figures).to.deep.equal(Array(5).fill({note: `Static image: plotly.js did not load from https://cdn.plot.ly/plotly-${version}.min.js (offline?)`, noteAbove: true, shown: true}));
    await page.close();
  });
});

// Opens the notebook with every request off the server refused, clears it and runs all cells to the end.
async function runAll(browser: Browser, port: number, path: string): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const origin = `http://127.0.0.1:${port}`;
  await page.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.goto(`${origin}/notebooks/${path}?token=${token}`);
  await page.waitForFunction(() => {
    const jupyter = (window as unknown as {Jupyter?: {notebook?: {kernel?: {is_connected(): boolean; info_reply?: unknown}}}}).Jupyter;
    return jupyter?.notebook?.kernel?.is_connected() && jupyter.notebook.kernel.info_reply;
  }, undefined, {timeout: 60000});
  await page.evaluate(() => {
    const notebook = (window as unknown as {Jupyter: {notebook: {clear_all_output(): void; execute_all_cells(): void}}}).Jupyter.notebook;
    notebook.clear_all_output();
    notebook.execute_all_cells();
  });
  await page.waitForFunction(() => {
    const cells = (window as unknown as {Jupyter: {notebook: {get_cells(): {cell_type: string; input_prompt_number?: unknown}[]}}}).Jupyter.notebook.get_cells();
    return cells.every((cell) => cell.cell_type !== "code" || typeof cell.input_prompt_number === "number");
  }, undefined, {timeout: 180000, polling: 500});
  const errors = await page.locator(".output_error, .output_stderr").count();
  expect(errors, "error outputs").to.equal(0);
  return page;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const {port} = probe.address() as {port: number};
      probe.close(() => done(port));
    });
    probe.on("error", fail);
  });
}

async function waitForServer(port: number) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api?token=${token}`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`jupyter-notebook did not start on port ${port}`);
}

async function shutDownKernels(port: number) {
  const url = `http://127.0.0.1:${port}/api/kernels`;
  const kernels = (await (await fetch(`${url}?token=${token}`)).json()) as {id: string}[];
  await Promise.all(kernels.map(({id}) => fetch(`${url}/${id}?token=${token}`, {method: "DELETE"})));
}

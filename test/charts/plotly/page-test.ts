import {assert} from "chai";
import {existsSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import pl from "nodejs-polars";
import {chromium, type BrowserContext, type Locator, type Page} from "playwright-core";
import {cpuTimeFigure} from "../../../src/charts/plotly/cpuTimeFigure";
import {distributionFigure} from "../../../src/charts/plotly/distributionFigure";
import {executionVsSamplesFigure} from "../../../src/charts/plotly/executionVsSamplesFigure";
import {chartsPage, scriptJson} from "../../../src/charts/plotly/page";
import {scalingFigure} from "../../../src/charts/plotly/scalingFigure";
import {throughputFigure} from "../../../src/charts/plotly/throughputFigure";
import {manyRuns, manySummary, seedSummary, syntheticRuns} from "../fixtures";

const hostile = "</script><script>window.pwned = true</script><!--";

describe("chartsPage(figures)", () => {

  it("scriptJson(value) is JSON with no character that could end a script element", () => {
    const json = scriptJson({name: hostile, line: "\u2028"});
    assert.notMatch(json, /[<>&\u2028]/);
    assert.deepEqual(JSON.parse(json), {name: hostile, line: "\u2028"});
  });

  it("inlines the plotly bundle and escapes every string from the data", () => {
    const summary = seedSummary().head(3).withColumn(pl.Series("experiment", [hostile, "Experiment2", "Experiment3"]));
    const html = chartsPage([throughputFigure(summary)], {title: hostile});
    assert.include(html, "Plotly");
    assert.notMatch(html, /src=["']?https?:/);
    assert.notInclude(html, "<script>window.pwned");
    assert.strictEqual(html.match(/<\/script>/g)!.length, 2);
  });
});

describe("chartsPage(figures) in Chromium", function () {
  this.timeout(60000);
  let opened: Opened | undefined, page: Page, errors: string[], requests: string[];

  before(async function () {
    const summary = seedSummary().withColumn(
      pl.Series("experiment", (seedSummary().getColumn("experiment").toArray() as string[]).map((name, i) => (i === 0 ? `${hostile}1` : name)))
    );
    const runs = syntheticRuns();
    opened = await openOffline(this, [throughputFigure(summary), executionVsSamplesFigure(summary), cpuTimeFigure(summary), distributionFigure(runs), scalingFigure(runs)]);
    ({page, errors, requests} = opened);
  });

  after(() => opened?.close());

  it("draws every figure offline, without console errors", async () => {
    assert.strictEqual(await page.locator(".js-plotly-plot").count(), 5);
    assert.strictEqual(await page.locator("#chart-0 .bars .point").count(), 22);
    assert.strictEqual(await page.locator("#chart-1 .scatterlayer .point").count(), 6);
    assert.strictEqual(await page.locator("#chart-3 .boxlayer .trace").count(), 7);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith("file:")), []);
  });

  it("shows hostile experiment names as text", async () => {
    assert.isFalse(await page.evaluate(() => "pwned" in window));
    assert.include(await page.locator("#chart-0 .yaxislayer-above").textContent(), "</script><script>window.pwned = true</script><!--1");
  });

  it("shows experiment, value and run count on hover", async () => {
    assert.strictEqual(await hover(page, page.locator("#chart-0 .bars .point path").nth(21), "#chart-0"), "Experiment2538.96 MB/s120 runs");
    assert.strictEqual(
      await hover(page, page.locator("#chart-2 .scatterlayer .point").nth(6), "#chart-2"),
      "Experiment77.28 s400 runs"
    );
    assert.strictEqual(
      await hover(page, page.locator("#chart-1 .scatterlayer .trace").nth(2).locator(".point"), "#chart-1"),
      "Experiment7–10: 4 experiments with the same averages2.92 s per batch189.07 samples/s1600 runs in all"
    );
    assert.include(await hover(page, page.locator("#chart-3 .boxlayer .trace").nth(2).locator("path.box"), "#chart-3"), "Experiment3 (6 runs)");
    assert.deepEqual(errors, []);
  });
});

describe("chartsPage(figures) of more experiments than maxRows, in Chromium", function () {
  this.timeout(60000);
  let opened: Opened | undefined, page: Page, errors: string[];

  before(async function () {
    const summary = manySummary(70);
    opened = await openOffline(this, [throughputFigure(summary), executionVsSamplesFigure(summary), cpuTimeFigure(manySummary(700)), distributionFigure(manyRuns(70, 5))]);
    ({page, errors} = opened);
  });

  after(() => opened?.close());

  it("shows each note under its title, the latest 60 rows, every point unlabelled in a trace per data prefix and about 20 axis names", async () => {
    const note = "the latest 60 of 70 experiments; all are in experiment_summary.csv";
    assert.strictEqual(await page.locator("#chart-0 .gtitle-subtitle").textContent(), note);
    assert.strictEqual(await page.locator("#chart-3 .gtitle-subtitle").textContent(), note);
    assert.strictEqual(await page.locator("#chart-1 .gtitle-subtitle").textContent(), "labels omitted above 60 experiments; hover the interactive chart for names");
    assert.strictEqual(await page.locator("#chart-0 .bars .point").count(), 60);
    assert.strictEqual(await page.locator("#chart-3 .boxlayer .trace").count(), 60);
    assert.strictEqual(await page.locator("#chart-1 .scatterlayer .point").count(), 70);
    assert.strictEqual(await page.locator("#chart-1 .annotation").count(), 0);
    assert.strictEqual(await page.locator("#chart-1 .legend .traces").count(), 5);
    assert.strictEqual(await page.locator("#chart-2 .xtick").count(), 14);
    assert.match(await hover(page, page.locator("#chart-1 .scatterlayer .point").nth(0), "#chart-1"), /^Experiment\d+[\d.]+ s per batch[\d.]+ samples\/s\d+ runs$/);
    assert.deepEqual(errors, []);
  });
});

interface Opened {
  page: Page;
  /** Console errors, page errors and dialogs. */
  errors: string[];
  /** Every URL the page asked for; only file: ones are served. */
  requests: string[];
  close(): Promise<void>;
}

/** Opens chartsPage(figures) from a file in headless Chromium, offline, once every figure is drawn; skips the suite without the browser (fails under CI). */
async function openOffline(context: Mocha.Context, figures: Parameters<typeof chartsPage>[0]): Promise<Opened> {
  const executablePath = "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    if (process.env.CI) throw new Error(`missing browser: ${executablePath}`);
    context.skip();
  }
  const dir = mkdtempSync(join(tmpdir(), "charts-page-"));
  const file = join(dir, "charts.html");
  writeFileSync(file, chartsPage(figures));
  const browser: BrowserContext = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath,
    viewport: {width: 1100, height: 800},
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const close = async () => {
    await browser.close();
    rmSync(dir, {recursive: true, force: true});
  };
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors: string[] = [], requests: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => (errors.push(`dialog: ${dialog.message()}`), dialog.dismiss()));
  await page.route("**/*", (route) => {
    requests.push(route.request().url());
    return route.request().url().startsWith("file:") ? route.continue() : route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction((count) => document.querySelectorAll(".js-plotly-plot .main-svg").length >= count, figures.length);
  return {page, errors, requests, close};
}

// Plotly listens on a drag layer above the marks, so the pointer moves to the mark rather than hovering it.
async function hover(page: Page, mark: Locator, chart: string) {
  await page.mouse.move(0, 0);
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.locator(`${chart} .hoverlayer .hovertext`).first();
  await tooltip.waitFor();
  return (await page.locator(`${chart} .hoverlayer`).textContent()) ?? "";
}

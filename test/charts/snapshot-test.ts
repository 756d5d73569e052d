import {assert} from "chai";
import {mkdtempSync, readFileSync, existsSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {document} from "./document";
import {assertSnapshot, normalizeSvg} from "./snapshot";

function svg(markup: string) {
  const div = document.createElement("div");
  div.innerHTML = markup;
  return div.firstElementChild!;
}

describe("assertSnapshot(name, chart)", () => {
  let env: string | undefined;
  beforeEach(() => (env = process.env.CI));
  afterEach(() => (env === undefined ? delete process.env.CI : (process.env.CI = env)));

  it("normalizeSvg(chart) renumbers Plot's class and ids, rounds numbers and puts one element on a line", () => {
    const chart = svg(
      `<svg class="plot-d6a7b5"><style>.plot-d6a7b5 { color: red }</style><g clip-path="url(#plot-clip-7)"><text x="1.23456">a &lt; 1.23456</text></g><clipPath id="plot-clip-7"></clipPath></svg>`
    );
    assert.strictEqual(
      normalizeSvg(chart),
      `<svg class="plot" xmlns="http://www.w3.org/2000/svg">
  <style>.plot { color: red }</style>
  <g clip-path="url(#plot-clip-1)">
    <text x="1.23">a &lt; 1.23456</text>
  </g>
  <clipPath id="plot-clip-1"></clipPath>
</svg>
`
    );
  });

  it("writes a missing snapshot outside CI, and fails in CI", async () => {
    const dir = mkdtempSync(join(tmpdir(), "snapshot-"));
    process.env.CI = "true";
    let error: Error | undefined;
    await assertSnapshot("a", svg("<svg></svg>"), dir).catch((e) => (error = e));
    assert.match(error!.message, /^missing snapshot: .*a\.svg$/);
    assert.isFalse(existsSync(join(dir, "a.svg")));
    delete process.env.CI;
    await assertSnapshot("a", svg("<svg></svg>"), dir);
    assert.isTrue(existsSync(join(dir, "a.svg")));
  });

  it("writes a changed chart beside its snapshot and fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "snapshot-"));
    writeFileSync(join(dir, "a.svg"), normalizeSvg(svg(`<svg width="1"></svg>`)));
    let error: Error | undefined;
    await assertSnapshot("a", svg(`<svg width="2"></svg>`), dir).catch((e) => (error = e));
    assert.match(error!.message, /^a must match snapshot/);
    assert.include(readFileSync(join(dir, "a-changed.svg"), "utf8"), `width="2"`);
  });
});

import {expect} from "chai";
import pl from "nodejs-polars";
import {frameHtml} from "../../src/notebook/frameHtml";
import {frameText} from "../../src/notebook/frameText";
import type {DisplayData} from "../../src/notebook/publish";
import {showFrame} from "../../src/notebook/showFrame";

describe("showFrame(df, options)", () => {
  it("sends one output with the HTML table and its plain-text fallback to the display", () => {
    const outputs: DisplayData[] = [];
    const df = pl.DataFrame({a: ["<b>", "c"]});
    showFrame(df, {head: 1, tail: 0, display: (output) => outputs.push(output)});
    expect(outputs).to.deep.equal([{data: {"text/html": frameHtml(df, {head: 1, tail: 0}), "text/plain": frameText(df, {head: 1, tail: 0})}, metadata: {}}]);
  });
});

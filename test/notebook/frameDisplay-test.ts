import {expect} from "chai";
import pl from "nodejs-polars";
import {frameDisplay, WHOLE_ROWS} from "../../src/notebook/frameDisplay";
import {frameHtml} from "../../src/notebook/frameHtml";
import {frameText} from "../../src/notebook/frameText";

const frame = (height: number) => pl.DataFrame({i: Array.from({length: height}, (_, i) => i)});

describe("frameDisplay(df, options)", () => {
  it("shows a frame of up to 60 rows whole, as pandas does", () => {
    const df = frame(WHOLE_ROWS);
    expect(frameDisplay(df)).to.deep.equal({data: {"text/html": frameHtml(df, {head: Infinity}), "text/plain": frameText(df, {head: Infinity})}, metadata: {}});
  });
  it("shows a longer frame as its first and last 5 rows", () => {
    const df = frame(WHOLE_ROWS + 1);
    expect(frameDisplay(df).data["text/html"]).to.equal(frameHtml(df, {head: 5, tail: 5}));
  });
  it("follows the rows asked for", () => {
    const df = frame(10);
    expect(frameDisplay(df, {head: 2, tail: 1}).data["text/plain"]).to.equal(frameText(df, {head: 2, tail: 1}));
  });
});

import {expect} from "chai";
import pl from "nodejs-polars";
import {frameText} from "../../src/notebook/frameText";

describe("frameText(df, options)", () => {
  it("aligns columns, numbers to the right, under their names and dtypes", () => {
    const df = pl.DataFrame({experiment: ["Experiment1", "Experiment25"], cpu: [25.3412, 3.5]});
    expect(frameText(df)).to.equal(
      ["shape: (2, 2)", "experiment      cpu", "str             f64", "------------  -----", "Experiment1   25.34", "Experiment25   3.50"].join("\n")
    );
  });
  it("marks left-out rows with an ellipsis row", () => {
    const df = pl.DataFrame({n: [1, 2, 3, 4]}).withColumns(pl.col("n").cast(pl.Int32));
    expect(frameText(df, {head: 1, tail: 1})).to.equal(["shape: (4, 1)", "  n", "i32", "---", "  1", "  …", "  4"].join("\n"));
  });
  it("keeps each row on one line when strings hold line breaks", () => {
    expect(frameText(pl.DataFrame({s: ["a\nb", null]}))).to.equal(["shape: (2, 1)", "s", "str", "----", "a b", "null"].join("\n"));
  });
  it("shows a frame without columns as its shape", () => {
    expect(frameText(pl.DataFrame({}))).to.equal("shape: (0, 0)");
  });
});

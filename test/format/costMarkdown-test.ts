import {expect} from "chai";
import pl from "nodejs-polars";
import {costMarkdown, money} from "../../src/format";

describe("money(x)", () => {
  it("shows cents from $1 up and four significant digits below, blank for none", () => {
    expect([money(11.09051484312727), money(1), money(0.38), money(0.0016935231971400592), money(0.00003317585529667676), money(0)]).to.deep.equal([
      "11.09",
      "1.00",
      "0.3800",
      "0.001694",
      "0.00003318",
      "0.00",
    ]);
    expect([money(null), money(NaN)]).to.deep.equal(["", ""]);
  });
});

describe("costMarkdown(table)", () => {
  it("prints a priced partition table with the seed's rounding and the reason a service cannot run it", () => {
    const table = pl.DataFrame([
      pl.Series("partition", ["25MB", "a|b"], pl.Utf8),
      pl.Series("Requests", [1600, 1], pl.Int64),
      pl.Series("Duration_s", [7.28, 1], pl.Float64),
      pl.Series("Memory_GB", [17.4, 0.5], pl.Float64),
      pl.Series("Cost ($)", [0.0016936, null], pl.Float64),
      pl.Series("Cost per MB ($)", [0.00006774, null], pl.Float64),
      pl.Series("Cost per 1k samples ($)", [0.0013191, null], pl.Float64),
      pl.Series("Total ($)", [2.7096, null], pl.Float64),
      pl.Series("Feasible", ["no: memory over Lambda's 10,240 MB (1600 of 1600 runs)", "no price in the lookup: priced at nothing, not zero"], pl.Utf8),
    ]);
    expect(costMarkdown(table).split("\n").slice(2, 4)).to.deep.equal([
      "| 25MB      | 1600     | 7.28       | 17.4      | 0.001694         | 0.00006774 | 0.001319           | 2.71      | no: memory over Lambda's 10,240 MB (1600 of 1600 runs) |",
      "| a\\|b      | 1        | 1.00       | 0.5       |                  |            |                    |           | no price in the lookup: priced at nothing, not zero    |",
    ]);
  });
});

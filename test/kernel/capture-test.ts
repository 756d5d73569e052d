import {expect} from "chai";
import {captureConsole} from "../../src/kernel/capture";

describe("captureConsole()", () => {
  it("keeps what tslab's executor reports of a cell: last value, thrown error, compile errors; then starts afresh", () => {
    const {console, take} = captureConsole();
    console.log(0);
    console.error("%s%d:%d - %s", "", 1, 7, "Type 'string' is not assignable to type 'number'.");
    const error = new Error("boom");
    console.error(error);
    expect(take()).to.deep.equal({value: {value: 0}, error: {error}, diagnostics: ["1:7 - Type 'string' is not assignable to type 'number'."]});
    expect(take()).to.deep.equal({diagnostics: []});
  });
});

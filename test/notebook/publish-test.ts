import {expect} from "chai";
import {publish} from "../../src/notebook/publish";

describe("publish(output, display)", () => {
  it("passes the output to the given display", () => {
    const outputs: unknown[] = [];
    publish({data: {"text/plain": "x"}, metadata: {}}, (output) => outputs.push(output));
    expect(outputs).to.deep.equal([{data: {"text/plain": "x"}, metadata: {}}]);
  });
  it("uses tslab's display_data writer by default, which exists only while a cell executes", () => {
    const jupyter = require("tslab/dist/jupyter");
    expect(jupyter).to.have.property("lastWriteDisplayData", null);
    expect(() => publish({data: {"text/plain": "x"}, metadata: {}})).to.throw("not in a tslab kernel: no cell is executing");
    const sent: unknown[] = [];
    jupyter.lastWriteDisplayData = (...args: unknown[]) => sent.push(args);
    try {
      publish({data: {"text/plain": "x", "image/png": "AA=="}, metadata: {"image/png": {width: 1}}});
    } finally {
      jupyter.lastWriteDisplayData = null;
    }
    expect(sent).to.deep.equal([[{data: {"text/plain": "x", "image/png": "AA=="}, metadata: {"image/png": {width: 1}}, transient: {}}, false]]);
  });
});

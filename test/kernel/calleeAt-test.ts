import {expect} from "chai";
import {createRequire} from "node:module";
import type * as TS from "@tslab/typescript-for-tslab";
import {calleeAt} from "../../src/kernel/calleeAt";

const ts = createRequire(require.resolve("tslab/package.json"))("@tslab/typescript-for-tslab") as typeof TS;

describe("calleeAt(ts, code, cursor)", () => {
  it("finds the name of the call whose arguments hold the cursor", () => {
    const code = 'analyseFile("../data/All';
    expect(calleeAt(ts, code, code.length)).to.equal(0);
    expect(calleeAt(ts, "const a = analyseFile(", 22)).to.equal(10);
  });
  it("takes the innermost unclosed call, and the method name of a member call", () => {
    expect(calleeAt(ts, "showFrame(frameDisplay(df, ", 27)).to.equal(10);
    expect(calleeAt(ts, "showFrame(a.filter(x), ", 23)).to.equal(0);
    expect(calleeAt(ts, "pl.col(", 7)).to.equal(3);
  });
  it("is undefined outside a call and after a bracket that is not a call", () => {
    expect(calleeAt(ts, "analyseFile(x)", 14)).to.equal(undefined);
    expect(calleeAt(ts, "const x = (1 + ", 15)).to.equal(undefined);
  });
});

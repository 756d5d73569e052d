import {expect} from "chai";
import {progressBar} from "../src/progressBar";

const recorder = (isTTY: boolean) => {
  const written: string[] = [];
  return {stream: {isTTY, write: (text: string) => written.push(text)}, written};
};

describe("progressBar(label, options)", () => {
  const ci = process.env.CI;
  beforeEach(() => delete process.env.CI);
  after(() => (ci === undefined ? delete process.env.CI : (process.env.CI = ci)));

  it("draws a bar in place on a terminal, once per percent, and clears it at the end", () => {
    const {stream, written} = recorder(true);
    const progress = progressBar("reading big.txt", {stream, width: 10});
    progress(0, 200e6), progress(100e6, 200e6), progress(100.1e6, 200e6), progress(200e6, 200e6);
    expect(written).to.deep.equal(["\rreading big.txt [          ] 0% of 200 MB", "\rreading big.txt [#####     ] 50% of 200 MB", "\r\x1b[K"]);
  });
  it("draws nothing for files under 50 MB", () => {
    const {stream, written} = recorder(true);
    const progress = progressBar("reading", {stream});
    progress(1e6, 49e6), progress(49e6, 49e6);
    expect(written).to.deep.equal([]);
  });
  it("draws nothing when the stream is not a terminal, or in CI", () => {
    const pipe = recorder(false);
    progressBar("reading", {stream: pipe.stream})(100e6, 200e6);
    process.env.CI = "true";
    const terminal = recorder(true);
    progressBar("reading", {stream: terminal.stream})(100e6, 200e6);
    expect([...pipe.written, ...terminal.written]).to.deep.equal([]);
  });
});

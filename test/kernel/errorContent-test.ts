import {expect} from "chai";
import {diagnosticsContent, errorContent} from "../../src/kernel/errorContent";
import {ResultsError} from "../../src/parse/error";

const library = "/project/dist";
const kernel = "/project/dist/kernel";
const withStack = (error: Error, frames: string[]) => Object.assign(error, {stack: [`${error.name}: ${error.message}`, ...frames].join("\n")});

describe("errorContent(error, library, kernel)", () => {
  it("shows an error the library throws as one line naming the place", () => {
    const error = withStack(new ResultsError("cannot read: no such file", {file: "x.txt"}), ["    at readRuns (/project/dist/read/readRuns.js:10:11)", "    at evalmachine.<anonymous>:3:1"]);
    expect(errorContent(error, library, kernel)).to.deep.equal({ename: "ResultsError", evalue: "x.txt: cannot read: no such file", traceback: ["ResultsError: x.txt: cannot read: no such file"]});
  });
  it("keeps the stack of an engine error, even from the library, without the kernel's, tslab's and Node's frames", () => {
    const error = withStack(new TypeError("x is not a function"), [
      "    at frameCells (/project/dist/notebook/frameCells.js:4:2)",
      "    at evalmachine.<anonymous>:3:1",
      "    at Script.runInThisContext (node:vm:137:12)",
      "    at Object.execute (/project/node_modules/tslab/dist/executor.js:160:38)",
      "    at runCell (/project/dist/kernel/createKernel.js:60:3)",
      "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
    ]);
    expect(errorContent(error, library, kernel).traceback).to.deep.equal(["TypeError: x is not a function", "    at frameCells (/project/dist/notebook/frameCells.js:4:2)", "    at evalmachine.<anonymous>:3:1"]);
  });
  it("keeps the stack of an error thrown in a cell or a package", () => {
    const error = withStack(new Error("boom"), ["    at f (evalmachine.<anonymous>:2:9)", "    at g (/project/node_modules/nodejs-polars/bin/x.js:1:1)"]);
    expect(errorContent(error, library, kernel)).to.deep.equal({ename: "Error", evalue: "boom", traceback: ["Error: boom", "    at f (evalmachine.<anonymous>:2:9)", "    at g (/project/node_modules/nodejs-polars/bin/x.js:1:1)"]});
  });
  it("shows a thrown value that is not an error as Node prints it", () => {
    expect(errorContent("text", library, kernel)).to.deep.equal({ename: "Uncaught", evalue: "'text'", traceback: ["Uncaught 'text'"]});
    expect(errorContent(undefined, library, kernel).evalue).to.equal("undefined");
  });
});

describe("diagnosticsContent(diagnostics)", () => {
  it("names the first compile error and lists them all", () => {
    expect(diagnosticsContent(["1:7 - Type 'string' is not assignable to type 'number'.", "2:1 - Cannot find name 'y'."])).to.deep.equal({
      ename: "CompileError",
      evalue: "1:7 - Type 'string' is not assignable to type 'number'.",
      traceback: ["1:7 - Type 'string' is not assignable to type 'number'.", "2:1 - Cannot find name 'y'."]
    });
  });
});

import {analyse} from "../../src/analyse";
import {chartFiles} from "../../src/cli/chartFiles";
import {summaryDocument} from "../../src/cli/documents";
import {parseExperiments, ResultsError} from "../../src/parse";
import {qualityChecks} from "../../src/quality";
import {decode} from "../../src/read/readExperiments";

/** Runs the whole pipeline on bytes (charts for some); returns the error kind, or "ok" after checking the accounting. */
export function outcome(bytes: Buffer, charts = false): string {
  try {
    const parsed = parseExperiments(decode(bytes));
    const analysis = analyse(parsed);
    const runsIn = parsed.sections.reduce((n, s) => n + s.runs.length, 0);
    if (analysis.runs.height !== runsIn || analysis.read !== runsIn) throw new Error(`accounting: ${runsIn} in, ${analysis.runs.height} kept`);
    qualityChecks(analysis.runs, analysis.summary);
    summaryDocument(analysis, "fuzz.txt", []);
    if (charts) chartFiles(analysis, {png: false});
    return "ok";
  } catch (error) {
    if (!(error instanceof ResultsError)) throw error;
    if (error.line === undefined) throw new Error(`no line in: ${error.message}`);
    return error.problem.replace(/, found .*$/, "").replace(/run \d+ is .*/, "run is not an object");
  }
}

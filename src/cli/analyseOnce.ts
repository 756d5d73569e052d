import {analyseFile} from "../analyse";
import {ResultsError} from "../parse";
import {progressBar} from "../progressBar";
import type {Options} from "./args";
import {readManifest} from "../changes";
import {outputs} from "./outputs";
import {report} from "./report";
import {writeOutputs} from "./writeOutputs";

/** One analysis: read the data, write every output into place, and return the lines to print. */
export function analyseOnce({data, out}: Options): {lines: string[]; changed: string[]} {
  const analysis = analyseFile(data, {progress: progressBar(`reading ${data}`)});
  if (analysis.experiments.length === 0) throw new ResultsError("no experiments found", {file: data});
  const {files, changed} = outputs(analysis, data, readManifest(out));
  writeOutputs(out, files);
  return {lines: [...report(analysis, data), `wrote ${out}/: ${Object.keys(files).sort().join(", ")}`], changed};
}

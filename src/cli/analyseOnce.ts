import {analyseFile} from "../analyse";
import {MANIFEST} from "../changes";
import {ResultsError} from "../parse";
import {progressBar} from "../progressBar";
import type {Options} from "./args";
import {outputs} from "./outputs";
import {prepareOutput} from "./prepareOutput";
import {report} from "./report";
import {writeOutputs} from "./writeOutputs";
import {loadPrices} from "./loadPrices";

/**
 * One analysis: check the output folder, read the data, write every output into place, and return
 * the lines to print. What was found before the analysis (leftovers of killed runs recovered, a damaged
 * manifest) is told to `note` at once, so it is said even if the analysis then fails. `beforeWrite`
 * may still refuse (throw) once the analysis is done.
 */
export function analyseOnce(
  {data, out, rawCsv = false, baseline, metric, alpha, verbose = false, prices}: Pick<Options, "data" | "out" | "baseline" | "metric" | "alpha" | "verbose" | "prices"> & {rawCsv?: boolean},
  {beforeWrite, note}: {beforeWrite?: () => void; note?: (line: string) => void} = {},
): {lines: string[]; changed: string[]} {
  const model = prices === undefined ? undefined : loadPrices(prices);
  const prepared = prepareOutput(out, data);
  const notes = note ? (prepared.notes.forEach(note), []) : prepared.notes;
  const previous = prepared.previous;
  const analysis = analyseFile(data, {progress: progressBar(`reading ${data}`), prices: model});
  if (analysis.experiments.length === 0) throw new ResultsError("no experiments found", {file: data});
  const {files, record, changed} = outputs(analysis, data, previous, {rawCsv, baseline, metric, alpha});
  beforeWrite?.();
  const recovered = writeOutputs(out, files, {record});
  const written = [...Object.keys(files), MANIFEST].sort().join(", ");
  return {lines: [...notes, ...recovered, ...report(analysis, data, {verbose}), `wrote ${out}/: ${written}`], changed};
}

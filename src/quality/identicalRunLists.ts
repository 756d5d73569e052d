import pl from "nodejs-polars";
import {experimentNumber} from "../aggregate";
import {runColumns} from "../schema";
import {groupBy, type Finding} from "./finding";
import {PREFILTER_ABOVE, type PrefilterOptions} from "./candidates";
import {candidateExperiments} from "./runListKeys";

/**
 * Groups of experiments that hold the same runs, in any order: every measured value equal, only
 * the result path (and the file position) differing.
 */
export function identicalRunLists(runs: pl.DataFrame, {prefilterAbove = PREFILTER_ABOVE}: PrefilterOptions = {}): Finding[] {
  const measured = Object.keys(runColumns).filter((c) => c !== "result_path");
  let selected = runs.select("experiment", ...measured);
  if (runs.height > prefilterAbove) selected = selected.filter(pl.col("experiment").cast(pl.Utf8).isIn([...candidateExperiments(runs, measured)]));
  const rows = selected.rows() as unknown[][];
  const byExperiment = groupBy(rows, (row) => String(row[0]));
  const lists = [...byExperiment].map(([experiment, list]) => ({
    experiment,
    runs: list.length,
    key: list.map((row) => JSON.stringify(row.slice(1))).sort().join("\n"),
  }));
  return [...groupBy(lists, (l) => l.key).values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort((a, b) => (experimentNumber(a.experiment) ?? Infinity) - (experimentNumber(b.experiment) ?? Infinity)))
    .map((group) => ({
      check: "identical run lists",
      experiment: group.map((l) => l.experiment).join(", "),
      runs: group.reduce((n, l) => n + l.runs, 0),
      detail: `${group.length} experiments with the same ${group[0].runs} runs`,
    }));
}

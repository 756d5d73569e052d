import type pl from "nodejs-polars";
import {experimentGaps} from "./experimentGaps";
import {findingsFrame} from "./finding";
import {identicalAverages} from "./identicalAverages";
import {identicalRunLists} from "./identicalRunLists";
import {impossibleValues} from "./impossibleValues";
import {missingValues} from "./missingValues";
import {prefixMismatch} from "./prefixMismatch";

/** Every data-quality check on a runs frame and its summary, as one frame: check, experiment, runs, detail. */
export function qualityChecks(runs: pl.DataFrame, summary: pl.DataFrame): pl.DataFrame {
  return findingsFrame([
    ...identicalAverages(summary),
    ...identicalRunLists(runs),
    ...prefixMismatch(runs, summary),
    ...impossibleValues(runs),
    ...missingValues(runs, summary),
    ...experimentGaps(summary),
  ]);
}

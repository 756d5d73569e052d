import {compareGroups} from "../../src/stats/compareGroups";
import {runStatistics} from "../../src/stats/runStatistics";
import {runsFrame} from "../helpers/runs";

const base = [10.1, 10.4, 9.8, 10.0, 10.3, 10.2, 9.9, 10.6, 10.05, 10.15];

/** Four experiments: a baseline, one alike (~), one 50% slower, and one with a single run. */
export const compareRuns = runsFrame({
  experiment: [...base.map(() => "Experiment1"), ...base.map(() => "Experiment2"), ...base.map(() => "Experiment3"), "Experiment4"],
  total_cpu_time: [...base, ...base.map((v) => v + 0.01), ...base.map((v) => v * 1.5), 7],
});

export const compareStatistics = () => runStatistics(compareRuns, {metrics: ["total_cpu_time"]});
export const comparisons = () => compareGroups(compareRuns, {metrics: ["total_cpu_time"]});

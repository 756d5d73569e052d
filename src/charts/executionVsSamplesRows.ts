import type pl from "nodejs-polars";
import {coincidentGroups} from "./coincident";
import {experimentList} from "./experiments";
import {maxRows} from "./maxRows";
import {labelsNote} from "./notes";
import {Plot} from "./plot";
import {dataPrefixes, scatterPoints, type ScatterPoint} from "./rows";

/** One mark of the labelled scatter: the experiments sharing identical averages, at those averages. */
export interface ScatterGroup {
  /** Experiment21–25 (5): the members in few words, and how many when more than one. */
  label: string;
  /** Experiment21–25: the members in few words. */
  names: string;
  experiments: string[];
  x: number;
  y: number;
  /** The members' runs in all. */
  n_records: number;
  colour: string;
}

/** What both execution-vs-samples renderers draw. */
export interface ExecutionVsSamplesRows {
  /** Every experiment with both averages, in experiment order. */
  points: ScatterPoint[];
  /** Up to maxRows experiments: one labelled mark per set of identical averages; above, none. */
  groups: ScatterGroup[];
  /** Above maxRows: each experiment's data prefix and their order (undefined without a data_prefix column). */
  prefixes?: {of: Map<string, string>; order: string[]};
  /** The subtitle: why labels are omitted, or that one mark can stand for several experiments. */
  note?: string;
}

/**
 * The scatter's points, and up to maxRows experiments their groups of identical averages, each drawn as one mark
 * labelled with its count, coloured in the order of its first experiment.
 */
export function executionVsSamplesRows(summary: pl.DataFrame, options: {maxRows?: number} = {}): ExecutionVsSamplesRows {
  const {order, points} = scatterPoints(summary);
  const cap = maxRows(options);
  if (order.length > cap) return {points, groups: [], prefixes: dataPrefixes(summary), note: labelsNote(cap)};
  const members = coincidentGroups(points);
  const names = members.map((group) => experimentList(group.map((d) => d.experiment)));
  const labels = members.map((group, i) => names[i] + (group.length > 1 ? ` (${group.length})` : ""));
  const colours = labels.length ? (Plot.scale({color: {type: "ordinal", scheme: "turbo", domain: labels}}).range as string[]) : [];
  const groups = members.map((group, i) => ({
    label: labels[i],
    names: names[i],
    experiments: group.map((d) => d.experiment),
    x: group[0].x,
    y: group[0].y,
    n_records: group.reduce((sum, d) => sum + d.n_records, 0),
    colour: colours[i]
  }));
  const shared = members.some((group) => group.length > 1);
  return {points, groups, note: shared ? "experiments with identical averages share one dot; (n): how many" : undefined};
}

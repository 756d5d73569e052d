import {experimentNumber} from "../aggregate";

/** Experiment names ordered by their number; names without one keep their order, last. */
export function experimentOrder(names: Iterable<string>): string[] {
  return Array.from(new Set(names))
    .map((name, i) => ({name, i, n: experimentNumber(name) ?? Infinity}))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map(({name}) => name);
}

/** Rows sorted into the experiment order of their names (ties keep their order), and that order. */
export function inExperimentOrder<T extends {experiment: string}>(rows: readonly T[]): {order: string[]; rows: T[]} {
  const order = experimentOrder(rows.map((d) => d.experiment));
  const position = new Map(order.map((name, i) => [name, i]));
  return {order, rows: [...rows].sort((a, b) => position.get(a.experiment)! - position.get(b.experiment)!)};
}

/** The names of a group of experiments in few words: Experiment2–6, or Experiment11, 15. */
export function experimentList(names: readonly string[]): string {
  const parsed = names.map((name) => /^(.*?)(\d+)$/.exec(name));
  const prefix = parsed[0]?.[1];
  if (names.length < 2 || parsed.some((match) => !match || match[1] !== prefix)) return names.join(", ");
  const numbers = parsed.map((match) => +match![2]).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0, j = 0; i < numbers.length; i = j) {
    while (numbers[j + 1] === numbers[j] + 1) ++j;
    runs.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
    ++j;
  }
  return `${prefix}${runs.join(", ")}`;
}

/** A set of experiments assumed to be duplicates: each carries the same base runs, shuffled. */
export interface DuplicateGroup {
  experiments: readonly string[];
  runs: number;
}

/**
 * Order of sections in the file; the seed's cyclic File Limit (2, 4, 6, 8, 10) is assigned in this
 * order, which is the only order that reproduces the printed column.
 */
export const fileOrder: readonly string[] = [
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25].map((i) => `Experiment${i}`),
  "Experiment1",
  "Experiment2",
];

const names = (...ids: number[]) => ids.map((i) => `Experiment${i}`);

/**
 * Runs per experiment are not printed in the seed; they follow from the partition table's Requests
 * split evenly over the experiments that share identical averages, with Experiment1 taking 100 of
 * the 615 100MB requests (the split that reproduces the 100MB row).
 */
export const duplicateGroups: readonly DuplicateGroup[] = [
  {experiments: names(1), runs: 100},
  {experiments: names(2, 3, 4, 5, 6), runs: 20},
  {experiments: names(7, 8, 9, 10), runs: 400},
  {experiments: names(11, 15), runs: 205},
  {experiments: names(16, 17, 18, 19, 20), runs: 137},
  {experiments: names(21, 22, 23, 24, 25), runs: 103},
];

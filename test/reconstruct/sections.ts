import {readFileSync} from "node:fs";
import {join} from "node:path";

export type Run = Record<string, unknown>;
export interface Section {
  experiment: string;
  runs: Run[];
}

export const dataPath = join(__dirname, "..", "..", "data", "All Experiments.txt");

export function readData(): string {
  return readFileSync(dataPath, "utf8");
}

/** The file's sections with plain JSON.parse, independent of the project's parser. */
export function sections(text: string): Section[] {
  const pattern = /^(Experiment\d+)\n(\[\n[\s\S]*?\n\])\n/gm;
  return Array.from(text.matchAll(pattern), (m) => ({experiment: m[1], runs: JSON.parse(m[2]) as Run[]}));
}

export function mean(values: number[]): number {
  return values.reduce((a, v) => a + v, 0) / values.length;
}

export function column(runs: Run[], key: string): number[] {
  return runs.map((run) => run[key] as number);
}

import type {Analysis} from "../analyse";

/** The lines the command prints after an analysis: what came in, what went out, what was changed. */
export function report(analysis: Analysis, data: string, {verbose = false}: {verbose?: boolean} = {}): string[] {
  const {runs, read, experiments, coercions, warnings, paths} = analysis;
  const coerced = (coercions.getColumn("count").toArray() as number[]).reduce((a, b) => a + b, 0);
  const lines = [`read ${data}: ${experiments.length} experiments, ${read} runs in, ${runs.height} kept`];
  // The tolerant parser is several times slower: said whenever it was needed, and on request.
  if (paths && (verbose || paths.tolerant > 0)) lines.push(`runs read: ${paths.fast} on the fast path, ${paths.tolerant} by the tolerant parser`);
  lines.push(coerced === 0 ? "values coerced: none" : `values coerced: ${coerced}`);
  for (const line of coercionLines(analysis)) lines.push(`  ${line}`);
  for (const warning of warnings) lines.push(`warning: ${warning}`);
  return lines;
}

/** One line per column and kind of coercion: how many values, in which experiments, an example. */
export function coercionLines({coercions}: Pick<Analysis, "coercions">): string[] {
  const groups = new Map<string, {count: number; experiments: string[]; example: string}>();
  for (const r of coercions.toRecords() as {experiment: string; column: string; kind: string; count: number; example: string}[]) {
    const id = `${r.column}: ${r.kind}`;
    const group = groups.get(id) ?? groups.set(id, {count: 0, experiments: [], example: r.example}).get(id)!;
    group.count += r.count;
    group.experiments.push(`${r.experiment} ${r.count}`);
  }
  return [...groups].map(([id, g]) => `${id}: ${g.count} (${g.experiments.join(", ")}; e.g. ${g.example})`);
}

import type {Analysis} from "../analyse";
import {PARTITION_COSTS, priceNotes} from "../cost";
import {costMarkdown, escapeMarkdown, partitionMarkdown} from "../format";

/** summary.md's partition cost table: the seed's as it was, or priced with the given model; then which model, and what it cannot run. */
export function partitionSection({partitions, prices}: Pick<Analysis, "partitions" | "prices">): string[] {
  if (prices === undefined) {
    const unpriced = (partitions.getColumn("partition").toArray() as (string | null)[]).filter((p) => p === null || !Object.hasOwn(PARTITION_COSTS, p));
    const note = unpriced.length ? ` ${unpriced.map((p) => p ?? "null").join(", ")} ${unpriced.length === 1 ? "is" : "are"} not in it: the seed priced ${unpriced.length === 1 ? "it" : "them"} at nothing, not at zero.` : "";
    return [partitionMarkdown(partitions), escapeMarkdown(`Cost ($) is the seed's fixed lookup per run (price model seed), not measured.${note}`), ``];
  }
  const feasible = partitions.getColumn("Feasible").toArray() as string[];
  const blocked = feasible.filter((f) => /^(no|partly):/.test(f)).length;
  const notes = priceNotes(prices);
  if (blocked) notes.push(`Not feasible as priced: runs of ${blocked} of ${feasible.length} partitions cannot run there (see Feasible); their costs are what they would be billed if they could.`);
  return [costMarkdown(partitions), ...notes.map((line) => `- ${escapeMarkdown(line)}`), ``];
}

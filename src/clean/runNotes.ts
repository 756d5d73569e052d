import pl from "nodejs-polars";
import {quoted} from "../parse";
import type {CoercionKind} from "./coerce";

/** What happened to values on their way into the runs frame: coercions by experiment, column and kind, and unknown keys. */
export class RunNotes {
  private counts = new Map<string, {experiment: string; column: string; kind: CoercionKind; count: number; example: string}>();
  private unknown = new Map<string, Set<string>>();

  /** `count` values coerced alike, `value` the first of them. */
  coerced(experiment: string, column: string, kind: CoercionKind, value: unknown, count = 1): void {
    const id = `${experiment}\0${column}\0${kind}`;
    const entry = this.counts.get(id);
    if (entry) entry.count += count;
    else this.counts.set(id, {experiment, column, kind, count, example: example(value)});
  }

  unknownKey(key: string, experiment: string): void {
    (this.unknown.get(key) ?? this.unknown.set(key, new Set()).get(key)!).add(experiment);
  }

  /** One row per experiment, column and kind, in order of first occurrence: experiment, column, kind, count, example. */
  coercions(): pl.DataFrame {
    const rows = [...this.counts.values()];
    return pl.DataFrame([
      pl.Series("experiment", rows.map((r) => r.experiment), pl.Utf8),
      pl.Series("column", rows.map((r) => r.column), pl.Utf8),
      pl.Series("kind", rows.map((r) => r.kind), pl.Utf8),
      pl.Series("count", rows.map((r) => r.count), pl.Int64),
      pl.Series("example", rows.map((r) => r.example), pl.Utf8),
    ]);
  }

  warnings(): string[] {
    return [...this.unknown].map(([key, names]) => `unknown field ignored: ${quoted(key)} (${[...names].join(", ")})`);
  }
}

function example(value: unknown): string {
  const text = typeof value === "number" ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}

import {expect} from "chai";
import {readFileSync} from "node:fs";
import {analyse} from "../src/analyse";
import {parseExperiments} from "../src/parse";

// The bundled file rewritten in another valid way must give the numbers pandas gives with the seed's
// semantics: means over the values to_numeric reads, NaN skipped, file limits in order of appearance.
describe("a results file written differently", () => {
  const original = bundledSections();
  const variant = rewrite(original);
  const analysis = analyse(parseExperiments(variant.text));

  it("keeps every run", () => {
    expect(analysis.runs.height).to.equal(variant.runs);
  });
  it("gives the reference means for every experiment", () => {
    const summary = new Map((analysis.summary.toRecords() as Record<string, unknown>[]).map((r) => [r.experiment as string, r]));
    expect([...summary.keys()].sort()).to.deep.equal(variant.sections.map((s) => s.name).sort());
    variant.sections.forEach(({name, runs}, position) => {
      const row = summary.get(name)!;
      expect(row.n_records, name).to.equal(runs.length);
      expect(row.file_limit, name).to.equal([2, 4, 6, 8, 10][position % 5]);
      for (const [column, key] of METRICS) {
        const expected = reference(runs, key);
        if (expected === null) expect(row[column], `${name} ${column}`).to.equal(null);
        else expect(row[column], `${name} ${column}`).to.be.closeTo(expected, 1e-12 * Math.abs(expected));
      }
    });
  });
  it("reports the values it coerced", () => {
    const counted = (analysis.coercions.toRecords() as {kind: string; count: number}[]).reduce(
      (acc, r) => ({...acc, [r.kind]: (acc[r.kind] ?? 0) + r.count}),
      {} as Record<string, number>,
    );
    expect(counted).to.deep.equal({"NaN to null": variant.nans, "number from string": variant.strings});
  });
});

const METRICS: [string, string][] = [
  ["avg_total_cpu_time_seconds", "total_cpu_time (seconds)"],
  ["avg_total_cpu_memory_mb", "total_cpu_memory (MB)"],
  ["avg_execution_time_seconds_batch", "execution_time (seconds/batch)"],
  ["avg_throughput_bps", "throughput_bps"],
  ["avg_sample_persec", "sample_persec"],
];

type Run = Record<string, unknown>;

function bundledSections(): {name: string; runs: Run[]}[] {
  const text = readFileSync("data/All Experiments.txt", "utf8");
  return text.split(/^(Experiment\d+)\s*$/m).slice(1).reduce((sections, part, i, parts) => {
    if (i % 2 === 0) sections.push({name: part, runs: JSON.parse(parts[i + 1])});
    return sections;
  }, [] as {name: string; runs: Run[]}[]);
}

/** Mean as pandas computes it after to_numeric(errors="coerce"): numbers and numeric strings, NaN skipped. */
function reference(runs: Run[], key: string): number | null {
  const values = runs.map((r) => (r[key] === null ? NaN : Number(r[key]))).filter((x) => !Number.isNaN(x));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Shuffled keys, CRLF, a BOM, trailing commas, NaN and numbers as strings, an empty and an appended experiment. */
function rewrite(sections: {name: string; runs: Run[]}[]) {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  let nans = 0, strings = 0;
  const out = sections.map(({name, runs}) => ({
    name,
    runs: runs.map((run) => {
      const copy: Run = {};
      for (const key of Object.keys(run).sort(() => random() - 0.5)) copy[key] = run[key];
      if (random() < 0.05) copy["total_cpu_time (seconds)"] = NaN, nans++;
      if (random() < 0.05) copy.throughput_bps = String(copy.throughput_bps), strings++;
      return copy;
    }),
  }));
  out.push({name: "Experiment12", runs: []});
  out.push({name: "Experiment26", runs: sections[0].runs.slice(0, 7).map((run) => ({...run, "total_cpu_time (seconds)": 99}))});
  const body = out
    .map(({name, runs}) => `${name}  \n[\n${runs.map((r) => "  " + JSON.stringify(r, (_, v) => (Number.isNaN(v) ? "__NaN__" : v)).replace(/"__NaN__"/g, "NaN").replace(/}$/, ",}")).join(",\n")}${runs.length ? ",\n" : ""}]\n`)
    .join("\n");
  const text = "\ufeff" + body.replace(/\n/g, "\r\n");
  return {text, sections: out, runs: out.reduce((n, s) => n + s.runs.length, 0), nans, strings};
}

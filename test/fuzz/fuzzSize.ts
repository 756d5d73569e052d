/**
 * How much a fuzz spec does: `npm test` runs a short fuzz (`short` mutations), `npm run fuzz` the long one
 * through FUZZ_RUNS (of which this spec takes `share`); FUZZ_SEED replaces the spec's default seed. Both are printed, so a failure is rerun
 * with the same two numbers: the mutations are drawn one after another from the seed.
 */
export function fuzzSize(short: number, seed: number, share = 1): {runs: number; seed: number; rerun: string} {
  const asked = whole("FUZZ_RUNS", -1);
  const runs = asked < 0 ? short : Math.ceil(asked * share);
  const chosen = whole("FUZZ_SEED", seed);
  return {runs, seed: chosen, rerun: `FUZZ_SEED=${chosen} FUZZ_RUNS=${asked < 0 ? short / share : asked}`};
}

function whole(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number: ${text}`);
  return value;
}

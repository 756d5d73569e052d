/**
 * Orders names as people do: digit runs by their value, the rest by code unit, so Experiment2.json
 * comes before Experiment10.json on every machine and in every locale.
 */
export function naturalCompare(a: string, b: string): number {
  const x = a.match(CHUNKS) ?? [], y = b.match(CHUNKS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const digits = /^\d/.test(x[i]) && /^\d/.test(y[i]);
    if (digits && BigInt(x[i]) !== BigInt(y[i])) return BigInt(x[i]) < BigInt(y[i]) ? -1 : 1;
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

const CHUNKS = /\d+|\D+/g;
